package org.labourhub.directory;

import org.labourhub.platform.Constituency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Focal points of a country grouped by constituency, and the focal-point roles of one person. */
@Component
class FocalPointListing {

    private static final String SELECT = """
            select f.id, f.person_id, p.name as person_name, p.position::text as position,
                   o.id as org_id, o.key as org_key, o.type as org_type, o.acronym::text as org_acronym,
                   o.name::text as org_name, o.country_iso2 as org_country,
                   f.country_iso2, c.name::text as country_name, f.constituency, n.key as network_key,
                   n.name::text as network_name, f.since, p.languages
            from directory.focal_point f
            join directory.person p on p.id = f.person_id
            join directory.country c on c.iso2 = f.country_iso2
            left join directory.organisation o on o.id = p.organisation_id
            left join directory.network n on n.id = f.network_id
            """;

    private final JdbcClient jdbc;

    FocalPointListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The country's focal points, government first, then employers and workers (every constituency present). */
    Map<Constituency, List<FocalPointRow>> ofCountry(String iso2) {
        var grouped = new EnumMap<Constituency, List<FocalPointRow>>(Constituency.class);
        for (Constituency c : Constituency.values()) {
            grouped.put(c, new ArrayList<>());
        }
        jdbc.sql(SELECT + "where f.country_iso2 = ? order by f.id").param(iso2).query(FocalPointListing::row).list()
                .forEach(row -> grouped.get(row.constituency()).add(row));
        return grouped;
    }

    List<FocalPointRow> ofPerson(long personId) {
        return jdbc.sql(SELECT + "where f.person_id = ? order by f.id").param(personId).query(FocalPointListing::row).list();
    }

    private static FocalPointRow row(ResultSet rs, int n) throws SQLException {
        return new FocalPointRow(rs.getLong("id"), rs.getLong("person_id"), rs.getString("person_name"),
                Rows.text(rs, "position"), Organisations.joinedRef(rs),
                rs.getString("country_iso2"), Rows.text(rs, "country_name"),
                Constituency.valueOf(rs.getString("constituency")), rs.getString("network_key"),
                Rows.text(rs, "network_name"), Rows.nullableInt(rs, "since"), Rows.strings(rs, "languages"));
    }
}
