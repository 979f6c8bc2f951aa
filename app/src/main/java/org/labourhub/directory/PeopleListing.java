package org.labourhub.directory;

import org.labourhub.platform.Constituency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The people list screens: by country, by constituency (then only focal points), by organisation. */
@Component
class PeopleListing {

    private static final String SELECT = """
            select p.id, p.name, p.position::text as position, p.country_iso2, c.name::text as country_name, p.languages,
                   array(select distinct f.constituency from directory.focal_point f where f.person_id = p.id
                         order by 1) as constituencies,
                   o.id as org_id, o.key as org_key, o.type as org_type, o.acronym::text as org_acronym,
                   o.name::text as org_name, o.country_iso2 as org_country
            from directory.person p
            left join directory.country c on c.iso2 = p.country_iso2
            left join directory.organisation o on o.id = p.organisation_id
            """;

    private final JdbcClient jdbc;

    PeopleListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PersonRow> find(String countryIso2, Constituency constituency) {
        var where = new ArrayList<String>();
        var params = new ArrayList<Object>();
        if (countryIso2 != null) {
            where.add("p.country_iso2 = ?");
            params.add(countryIso2);
        }
        if (constituency != null) {
            where.add("exists (select 1 from directory.focal_point f where f.person_id = p.id and f.constituency = ?)");
            params.add(constituency.name());
        }
        String sql = SELECT + (where.isEmpty() ? "" : "where " + String.join(" and ", where))
                + " order by p.country_iso2 nulls last, p.id";
        return jdbc.sql(sql).params(params).query(PeopleListing::row).list();
    }

    List<PersonRow> ofOrganisation(long organisationId) {
        return jdbc.sql(SELECT + "where p.organisation_id = ? order by p.id").param(organisationId)
                .query(PeopleListing::row).list();
    }

    static PersonRow row(ResultSet rs, int n) throws SQLException {
        OrganisationRef organisation = Organisations.joinedRef(rs);
        return new PersonRow(rs.getLong("id"), rs.getString("name"), Rows.text(rs, "position"), organisation,
                rs.getString("country_iso2"), Rows.text(rs, "country_name"), Rows.strings(rs, "languages"),
                Rows.strings(rs, "constituencies"));
    }
}
