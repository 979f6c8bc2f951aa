package org.labourhub.projects.search;

import org.labourhub.projects.ActivityStatus;
import org.labourhub.projects.Modality;
import org.labourhub.projects.SearchWords;
import org.labourhub.projects.Theme;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a reader asks of the project list: words, facets and a page. Unknown codes simply match nothing; the
 * words are matched in the four languages, accents folded; small typos are forgiven through {@link SearchWords}.
 */
public record ProjectQuery(String q, String country, Theme theme, String funder, ActivityStatus status,
                           Modality modality, Integer year, int page) {

    public static final int PAGE_SIZE = 20;

    public ProjectQuery {
        q = blankToNull(q);
        q = q != null && q.length() > 200 ? q.substring(0, 200) : q;
        country = blankToNull(country) == null ? null : country.strip().toUpperCase(Locale.ROOT);
        funder = blankToNull(funder);
        page = Math.max(page, 0);
    }

    public static ProjectQuery all() {
        return new ProjectQuery(null, null, null, null, null, null, null, 0);
    }

    public boolean isEmpty() {
        return q == null && country == null && theme == null && funder == null && status == null && modality == null && year == null;
    }

    /**
     * The SQL condition on {@code p} (a projects.project row) and its parameters. Words are matched as full text in
     * the four languages (see {@link SearchWords} for typos).
     */
    Condition condition() {
        var sql = new StringBuilder("p.merged_into is null and p.entry_state = 'PUBLISHED'");
        List<Object> params = new ArrayList<>();
        if (q != null) {
            sql.append("""
                     and p.search_document @@ (websearch_to_tsquery('projects.es', ?) || websearch_to_tsquery('projects.en', ?)
                          || websearch_to_tsquery('projects.fr', ?) || websearch_to_tsquery('projects.pt', ?)
                          || websearch_to_tsquery('simple', public.unaccent(?)))""");
            for (int i = 0; i < 5; i++) {
                params.add(q);
            }
        }
        if (country != null) {
            sql.append(" and exists (select 1 from projects.recipient_country c where c.project_id = p.id and c.iso2 = ?)");
            params.add(country);
        }
        if (theme != null) {
            sql.append(" and exists (select 1 from projects.theme t where t.project_id = p.id and t.theme = ?)");
            params.add(theme.name());
        }
        if (funder != null) {
            sql.append(" and exists (select 1 from projects.participant f where f.project_id = p.id and f.role = 'FUNDING' and f.name = ?)");
            params.add(funder);
        }
        if (status != null) {
            sql.append(" and p.status = ?");
            params.add(status.name());
        }
        if (modality != null) {
            sql.append(" and p.modality = ?");
            params.add(modality.name());
        }
        if (year != null) {
            sql.append(" and coalesce(p.actual_start, p.planned_start) <= make_date(?, 12, 31)"
                    + " and coalesce(p.actual_end, p.planned_end, 'infinity'::date) >= make_date(?, 1, 1)");
            params.add(year);
            params.add(year);
        }
        return new Condition(sql.toString(), params);
    }

    /** The same query with other words (corrected ones). */
    ProjectQuery withWords(String words) {
        return new ProjectQuery(words, country, theme, funder, status, modality, year, page);
    }

    /** The same query on another page. */
    public ProjectQuery onPage(int other) {
        return new ProjectQuery(q, country, theme, funder, status, modality, year, other);
    }

    record Condition(String sql, List<Object> params) {
        Object[] paramsWith(Object... more) {
            var all = new ArrayList<>(params);
            all.addAll(List.of(more));
            return all.toArray();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
