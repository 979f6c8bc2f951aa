package org.labourhub.directory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The organisation list screens: filtered by type, country and a name search, ordered by name. */
@Component
class OrganisationListing {

    private final JdbcClient jdbc;

    OrganisationListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Organisations matching the filters; a null filter matches everything, the search ignores case and accents. */
    List<OrganisationRef> find(OrganisationType type, String countryIso2, String search, Locale locale) {
        var where = new ArrayList<String>();
        var params = new ArrayList<Object>();
        if (type != null) {
            where.add("o.type = ?");
            params.add(type.name());
        }
        if (countryIso2 != null) {
            where.add("o.country_iso2 = ?");
            params.add(countryIso2);
        }
        if (search != null && !search.isBlank()) {
            where.add("""
                    (exists (select 1 from jsonb_each_text(coalesce(o.acronym, '{}'::jsonb)) t
                             where t.key <> 'original' and unaccent(t.value) ilike unaccent(?))
                     or exists (select 1 from jsonb_each_text(o.name) t
                             where t.key <> 'original' and unaccent(t.value) ilike unaccent(?)))""");
            String like = "%" + search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            params.add(like);
            params.add(like);
        }
        String sql = "select " + Organisations.REF_COLUMNS + " from directory.organisation o"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        return sorted(jdbc.sql(sql).params(params).query(Organisations::ref).list(), locale);
    }

    /** Organisations whose acronym or a name holds every word typed, ordered by name in the reader's language. */
    List<OrganisationRef> matching(NameQuery query, Locale locale) {
        var where = new ArrayList<String>();
        var params = new ArrayList<Object>();
        for (String like : query.likePatterns()) {
            where.add("""
                    exists (select 1 from (select * from jsonb_each_text(coalesce(o.acronym, '{}'::jsonb))
                                           union all select * from jsonb_each_text(o.name)) t
                            where t.key <> 'original' and unaccent(t.value) ilike ?)""");
            params.add(like);
        }
        String sql = "select " + Organisations.REF_COLUMNS + " from directory.organisation o"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        return sorted(jdbc.sql(sql).params(params).query(Organisations::ref).list(), locale);
    }

    List<OrganisationRef> ofCountry(String iso2, Locale locale) {
        return find(null, iso2, null, locale);
    }

    List<OrganisationRef> all(Locale locale) {
        return find(null, null, null, locale);
    }

    List<OrganisationRef> partsOf(long parentId, Locale locale) {
        return sorted(jdbc.sql("select " + Organisations.REF_COLUMNS + " from directory.organisation o where o.parent_id = ?")
                .param(parentId).query(Organisations::ref).list(), locale);
    }

    private static List<OrganisationRef> sorted(List<OrganisationRef> refs, Locale locale) {
        return refs.stream().sorted(Rows.byText(locale, OrganisationRef::name)).toList();
    }
}
