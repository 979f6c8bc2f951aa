package org.labourhub.directory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The networks and programmes and their members, countries or organisations. */
@Repository
class Networks {

    private static final String NETWORKS = """
            select n.id, n.key, n.acronym::text as acronym, n.name::text as name, n.description::text as description,
                   (select count(*) from directory.network_member m where m.network_id = n.id) as members
            from directory.network n
            """;
    private static final String MEMBERS = """
            select m.country_iso2 is not null as is_country, coalesce(m.country_iso2, m.organisation_id::text) as ref,
                   o.acronym::text as acronym, coalesce(c.name, o.name)::text as name, n.key as network_key,
                   n.acronym::text as network_acronym, n.name::text as network_name, m.role, m.since
            from directory.network_member m
            join directory.network n on n.id = m.network_id
            left join directory.country c on c.iso2 = m.country_iso2
            left join directory.organisation o on o.id = m.organisation_id
            """;

    /** Ordering by the acronym in its original language, those without one last. */
    private static final String BY_ORGANISATION_ACRONYM = "o.acronym ->> (o.acronym ->> 'original') nulls last";
    private static final String BY_NETWORK_ACRONYM = "n.acronym ->> (n.acronym ->> 'original') nulls last";

    private final JdbcClient jdbc;

    Networks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<NetworkRow> all(Locale locale) {
        return jdbc.sql(NETWORKS).query(Networks::network).list().stream()
                .sorted(Rows.byText(locale, NetworkRow::name)).toList();
    }

    Optional<NetworkRow> byKey(String key) {
        return jdbc.sql(NETWORKS + "where n.key = ?").param(key).query(Networks::network).optional();
    }

    List<NetworkRow> byKeys(Collection<String> keys) {
        return jdbc.sql(NETWORKS + "where n.key = any(?)").param(keys.toArray(String[]::new))
                .query(Networks::network).list();
    }

    Optional<NetworkRow> byId(long id) {
        return jdbc.sql(NETWORKS + "where n.id = ?").param(id).query(Networks::network).optional();
    }

    /** Members of a network: countries first (by code), then organisations (by acronym). */
    List<NetworkMember> members(long networkId) {
        return jdbc.sql(MEMBERS + "where m.network_id = ? order by is_country desc, m.country_iso2, "
                        + BY_ORGANISATION_ACRONYM + ", m.id")
                .param(networkId).query(Networks::member).list();
    }

    List<NetworkMember> membershipsOfCountry(String iso2) {
        return jdbc.sql(MEMBERS + "where m.country_iso2 = ? order by " + BY_NETWORK_ACRONYM + ", n.key").param(iso2)
                .query(Networks::member).list();
    }

    List<NetworkMember> membershipsOfOrganisation(long organisationId) {
        return jdbc.sql(MEMBERS + "where m.organisation_id = ? order by " + BY_NETWORK_ACRONYM + ", n.key")
                .param(organisationId).query(Networks::member).list();
    }

    private static NetworkRow network(ResultSet rs, int n) throws SQLException {
        return new NetworkRow(rs.getLong("id"), rs.getString("key"), Rows.text(rs, "acronym"), Rows.text(rs, "name"),
                Rows.text(rs, "description"), rs.getLong("members"));
    }

    private static NetworkMember member(ResultSet rs, int n) throws SQLException {
        return new NetworkMember(rs.getBoolean("is_country"), rs.getString("ref"), Rows.text(rs, "acronym"),
                Rows.text(rs, "name"), rs.getString("network_key"), Rows.text(rs, "network_acronym"),
                Rows.text(rs, "network_name"), rs.getString("role"), Rows.nullableInt(rs, "since"));
    }
}
