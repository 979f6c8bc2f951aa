package org.labourhub.projects;

import org.labourhub.platform.i18n.MultilingualText;
import org.springframework.jdbc.core.JdbcTemplate;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The vocabulary that forgives typos: the distinct words of the projects' titles and descriptions, accents folded and
 * lower-cased, with a trigram index (table projects.search_word). A search word that full text does not find is
 * replaced by the nearest word of the vocabulary, then full text runs again; so no project's text needs a trigram
 * index of its own, and the vocabulary, small and slow to grow, is cheap to keep.
 */
public final class SearchWords {

    private final JdbcTemplate jdbc;

    public SearchWords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds to the vocabulary the words of these projects' titles and descriptions, except those in {@code seen}: the
     * words the writers of the same import already saw (added by one of them, uncommitted and so unseen by the
     * other, or already there). Takes the words it looks at into {@code seen}. The words are found here rather than
     * by the database (which would fold each project's text in SQL at several times the cost); a word is a run of
     * letters once accents are folded and letters lower-cased, as the migration that made the vocabulary found them.
     */
    void add(List<Incoming> batch, Set<String> seen) {
        Set<String> fresh = new HashSet<>();
        for (Incoming incoming : batch) {
            for (MultilingualText text : new MultilingualText[]{incoming.project().title(), incoming.project().description()}) {
                if (text != null) {
                    text.translations().values().forEach(t -> wordsOf(t, word -> {
                        if (seen.add(word)) {
                            fresh.add(word);
                        }
                    }));
                }
            }
        }
        if (!fresh.isEmpty()) {
            jdbc.update("""
                    insert into projects.search_word (word)
                    select w from unnest(?::text[]) w where not exists (select 1 from projects.search_word s where s.word = w)""",
                    (Object) fresh.toArray(String[]::new));
        }
    }

    /** The words of a text: runs of 3 to 40 letters a–z once accents are folded and letters lower-cased. */
    static void wordsOf(String text, Consumer<String> words) {
        String folded = folded(text);
        int start = 0;
        for (int i = 0; i <= folded.length(); i++) {
            char ch = i < folded.length() ? folded.charAt(i) : ' ';
            if (ch < 'a' || ch > 'z') {
                if (i - start >= 3 && i - start <= 40) {
                    words.accept(folded.substring(start, i));
                }
                start = i + 1;
            }
        }
    }

    /**
     * The text lower-cased with its accents folded away, as PostgreSQL's {@code lower(unaccent(…))} writes it: letters
     * lose their marks, and the letters unaccent writes as others (œ, æ, ß…) are written so.
     */
    public static String folded(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        var folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char ch = Character.toLowerCase(decomposed.charAt(i));
            if (LIGATURES.containsKey(ch)) {
                folded.append(LIGATURES.get(ch));
            } else if (Character.getType(ch) != Character.NON_SPACING_MARK) {
                folded.append(ch);
            }
        }
        return folded.toString();
    }

    /** Letters that lose no accent but are written as others by PostgreSQL's unaccent. */
    private static final Map<Character, String> LIGATURES = Map.of('œ', "oe", 'æ', "ae", 'ß', "ss", 'ø', "o", 'ł', "l", 'đ', "d");

    /**
     * The words with each word of letters replaced by the nearest word of the vocabulary (itself when it is there),
     * by trigram similarity; words with digits or signs, and those with nothing near, are kept as they are.
     */
    public String corrected(String words) {
        String[] given = words.strip().split("\\s+");
        List<String> corrected = jdbc.queryForList("""
                select case when u.folded ~ '^[a-z]{3,40}$'
                            then coalesce((select s.word from projects.search_word s where s.word % u.folded
                                           order by s.word <-> u.folded, s.word limit 1), u.word)
                            else u.word end
                from (select g.word, g.n, lower(public.unaccent(g.word)) as folded
                      from unnest(?::text[]) with ordinality g(word, n)) u
                order by u.n""", String.class, (Object) given);
        return String.join(" ", corrected);
    }
}
