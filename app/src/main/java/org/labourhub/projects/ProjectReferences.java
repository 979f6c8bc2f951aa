package org.labourhub.projects;

import org.labourhub.platform.i18n.MultilingualTextJson;
import org.labourhub.platform.web.Choice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A published project as other modules refer to it (a plan's activity names the cooperation project that carries it
 * out): by its IATI identifier, shown by its title in the reader's language. Their forms choose it through the
 * type-ahead {@code /projects/suggestions}, whose options have the identifier as value.
 */
@Component
public class ProjectReferences {

    /** At most this many titles are matched before the best {@code max} are ordered for the reader. */
    private static final int MATCHED = 200;
    /** A word typed is looked for as typed and as each language's stemming writes it, as titles are indexed. */
    private static final List<String> CONFIGURATIONS = List.of("projects.simple", "projects.es", "projects.en", "projects.fr", "projects.pt");
    private static final String PUBLISHED = "p.merged_into is null and p.entry_state = 'PUBLISHED' and p.iati_identifier is not null";

    private final JdbcClient jdbc;

    ProjectReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A published project: its id (for a link), its identifier and its title in the reader's language. */
    public record Reference(long id, String identifier, String title) {

        public Choice choice() {
            return new Choice(identifier, title);
        }
    }

    public Optional<Reference> byIdentifier(String identifier, Locale locale) {
        if (identifier == null || identifier.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("select p.id, p.iati_identifier, p.title::text from projects.project p where p.iati_identifier = ? and " + PUBLISHED)
                .param(identifier.strip())
                .query((rs, n) -> new Reference(rs.getLong(1), rs.getString(2), MultilingualTextJson.read(rs.getString(3)).in(locale)))
                .optional();
    }

    /**
     * Published projects whose title (in any language) or identifier has a word beginning with each word typed, as
     * typed or as the title's language stems it, case and accents aside; the best matches, ordered by title in the
     * reader's collation; at most {@code max}.
     */
    public List<Choice> matching(String typed, Locale locale, int max) {
        List<String> words = Arrays.stream(SearchWords.folded(typed == null ? "" : typed).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).limit(8).map(w -> w + ":*AC").toList();
        var params = new ArrayList<Object>();
        String sql;
        if (words.isEmpty()) {
            sql = "select p.iati_identifier, p.title::text from projects.project p where " + PUBLISHED
                    + " order by coalesce(p.actual_start, p.planned_start) desc nulls last, p.id desc limit ?";
        } else {
            String typedWords = words.stream().map(w -> {
                CONFIGURATIONS.forEach(c -> params.add(w));
                return CONFIGURATIONS.stream().map(c -> "to_tsquery('" + c + "', ?)").collect(Collectors.joining(" || ", "(", ")"));
            }).collect(Collectors.joining(" && "));
            sql = "with typed as (select " + typedWords + " as query) "
                    + "select p.iati_identifier, p.title::text from projects.project p, typed where " + PUBLISHED
                    + " and p.search_document @@ typed.query order by ts_rank(p.search_document, typed.query) desc, p.id desc limit ?";
        }
        params.add(MATCHED);
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.PRIMARY);
        return jdbc.sql(sql).params(params)
                .query((rs, n) -> new Choice(rs.getString(1), MultilingualTextJson.read(rs.getString(2)).in(locale))).list()
                .stream().sorted(Comparator.comparing(Choice::label, collator)).limit(max).toList();
    }
}
