package org.labourhub.directory;

import org.labourhub.platform.i18n.MultilingualText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The roster of experts (seed 003: "a roster of local experts"), filtered by area, country and language. */
@Repository
class ExpertRoster {

    private static final String SELECT = """
            select e.id, e.area::text as area, e.position::text as position, e.country_iso2,
                   c.name::text as country_name, e.languages,
                   o.id as org_id, o.key as org_key, o.type as org_type, o.acronym::text as org_acronym,
                   o.name::text as org_name, o.country_iso2 as org_country
            from directory.expert e
            left join directory.country c on c.iso2 = e.country_iso2
            left join directory.organisation o on o.id = e.organisation_id
            """;

    private final JdbcClient jdbc;

    ExpertRoster(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Experts matching every given filter (null matches all).
     *
     * @param area an area as written in its original language (the value of the area filter)
     */
    List<ExpertRow> find(String area, String countryIso2, String language, Locale locale) {
        var where = new ArrayList<String>();
        var params = new ArrayList<Object>();
        if (area != null) {
            where.add("e.area->>(e.area->>'original') = ?");
            params.add(area);
        }
        if (countryIso2 != null) {
            where.add("e.country_iso2 = ?");
            params.add(countryIso2);
        }
        if (language != null) {
            where.add("? = any(e.languages)");
            params.add(language);
        }
        String sql = SELECT + (where.isEmpty() ? "" : "where " + String.join(" and ", where));
        return jdbc.sql(sql).params(params).query(ExpertRoster::row).list().stream()
                .sorted(Rows.byText(locale, ExpertRow::area)).toList();
    }

    /** The distinct areas of expertise, for the filter. */
    List<MultilingualText> areas(Locale locale) {
        return jdbc.sql("select distinct on (area->>(area->>'original')) area::text as area from directory.expert")
                .query((rs, n) -> Rows.text(rs, "area")).list().stream()
                .sorted(Rows.byText(locale, t -> t)).toList();
    }

    private static ExpertRow row(ResultSet rs, int n) throws SQLException {
        OrganisationRef organisation = Organisations.joinedRef(rs);
        return new ExpertRow(rs.getLong("id"), Rows.text(rs, "area"), Rows.text(rs, "position"),
                rs.getString("country_iso2"), Rows.text(rs, "country_name"), Rows.strings(rs, "languages"),
                organisation);
    }
}
