package org.labourhub.directory.demo;

import org.labourhub.directory.CountryCode;
import org.labourhub.directory.OrganisationType;
import org.labourhub.directory.Region;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * One load of the demo directory: checks every reference between the files (reporting file, line and column of
 * a dangling one) and inserts each file with one batch.
 */
final class DemoDirectoryLoad {

    private final JdbcTemplate jdbc;
    private final Function<String, CsvTable> files;
    private final Set<String> countries = new HashSet<>();
    private final Set<String> organisations = new HashSet<>();
    private final Set<String> networks = new HashSet<>();

    DemoDirectoryLoad(JdbcTemplate jdbc, Function<String, CsvTable> files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    void run() {
        countries();
        organisations();
        networks();
        networkMembers();
        focalPoints();
        experts();
    }

    private void countries() {
        var batch = new ArrayList<Object[]>();
        for (CsvTable.Row row : files.apply("countries.csv").rows()) {
            String iso2 = row.required("iso2");
            CountryCode.parse(iso2).orElseThrow(() -> row.problem("iso2", "\"" + iso2 + "\" is not an ISO alpha-2 code"));
            countries.add(iso2);
            batch.add(new Object[]{iso2, row.required("iso3"), DemoDirectory.text(row, "name"),
                    yes(row.get("oas_member")), region(row)});
        }
        jdbc.batchUpdate("insert into directory.country (iso2, iso3, name, oas_member, region) values (?, ?, cast(? as jsonb), ?, ?)", batch);
    }

    private void organisations() {
        CsvTable table = files.apply("organisations.csv");
        var batch = new ArrayList<Object[]>();
        for (CsvTable.Row row : table.rows()) {
            String key = row.required("key");
            organisations.add(key);
            batch.add(new Object[]{key, type(row), DemoDirectory.text(row, "acronym"), DemoDirectory.text(row, "name"),
                    DemoDirectory.text(row, "description"), country(row, "country_iso2")});
        }
        jdbc.batchUpdate("""
                insert into directory.organisation (key, type, acronym, name, description, country_iso2)
                values (?, ?, cast(? as jsonb), cast(? as jsonb), cast(? as jsonb), ?)""", batch);
        var parents = new ArrayList<Object[]>();
        for (CsvTable.Row row : table.rows()) {
            String parent = organisation(row, "parent_key");
            if (parent != null) {
                parents.add(new Object[]{parent, row.get("key")});
            }
        }
        jdbc.batchUpdate("update directory.organisation set parent_id = (select id from directory.organisation where key = ?) where key = ?", parents);
        jdbc.update("""
                update directory.country c set labour_ministry_id = (select min(o.id) from directory.organisation o
                  where o.country_iso2 = c.iso2 and o.type = 'MINISTRY_OF_LABOUR')""");
    }

    private void networks() {
        var batch = new ArrayList<Object[]>();
        for (CsvTable.Row row : files.apply("networks.csv").rows()) {
            String key = row.required("key");
            networks.add(key);
            batch.add(new Object[]{key, DemoDirectory.text(row, "acronym"), DemoDirectory.text(row, "name"),
                    DemoDirectory.text(row, "description")});
        }
        jdbc.batchUpdate("""
                insert into directory.network (key, acronym, name, description)
                values (?, cast(? as jsonb), cast(? as jsonb), cast(? as jsonb))""", batch);
    }

    private void networkMembers() {
        var batch = new ArrayList<Object[]>();
        for (CsvTable.Row row : files.apply("network_members.csv").rows()) {
            String network = network(row, "network_key");
            String kind = row.required("member_kind").toUpperCase(Locale.ROOT);
            boolean isCountry = kind.equals("COUNTRY");
            if (!isCountry && !kind.equals("ORGANISATION")) {
                throw row.problem("member_kind", "\"" + kind + "\" is neither COUNTRY nor ORGANISATION");
            }
            String country = isCountry ? country(row, "member_ref") : null;
            String organisation = isCountry ? null : organisation(row, "member_ref");
            String role = row.optional("role");
            batch.add(new Object[]{network, country, organisation,
                    role == null ? "MEMBER" : role.toUpperCase(Locale.ROOT).replace(' ', '_'), year(row, "since")});
        }
        jdbc.batchUpdate("""
                insert into directory.network_member (network_id, country_iso2, organisation_id, role, since)
                values ((select id from directory.network where key = ?), ?,
                        (select id from directory.organisation where key = ?), ?, ?)""", batch);
    }

    private void focalPoints() {
        var batch = new ArrayList<Object[]>();
        for (CsvTable.Row row : files.apply("focal_points.csv").rows()) {
            String country = country(row, "country_iso2");
            if (country == null) {
                throw row.problem("country_iso2", "is empty; a focal point serves one country");
            }
            batch.add(new Object[]{DemoDirectory.text(row, "position"), organisation(row, "organisation_key"), country,
                    languages(row), country, constituency(row), network(row, "network_key")});
        }
        jdbc.batchUpdate("""
                with p as (insert into directory.person (position, organisation_id, country_iso2, languages)
                           values (cast(? as jsonb), (select id from directory.organisation where key = ?), ?, ?)
                           returning id)
                insert into directory.focal_point (person_id, country_iso2, constituency, network_id)
                select p.id, ?, ?, (select id from directory.network where key = ?) from p""", batch);
    }

    private void experts() {
        var batch = new ArrayList<Object[]>();
        for (CsvTable.Row row : files.apply("experts.csv").rows()) {
            String area = DemoDirectory.text(row, "area");
            if (area == null) {
                throw row.problem("area_fr", "every expert needs an area");
            }
            batch.add(new Object[]{area, DemoDirectory.text(row, "position"), country(row, "country_iso2"),
                    languages(row), organisation(row, "organisation_key")});
        }
        jdbc.batchUpdate("""
                insert into directory.expert (area, position, country_iso2, languages, organisation_id)
                values (cast(? as jsonb), cast(? as jsonb), ?, ?, (select id from directory.organisation where key = ?))""", batch);
    }

    private String country(CsvTable.Row row, String column) {
        return known(row, column, countries, "countries.csv");
    }

    private String organisation(CsvTable.Row row, String column) {
        return known(row, column, organisations, "organisations.csv");
    }

    private String network(CsvTable.Row row, String column) {
        return known(row, column, networks, "networks.csv");
    }

    private static String known(CsvTable.Row row, String column, Set<String> known, String where) {
        String value = row.optional(column);
        if (value != null && !known.contains(value)) {
            throw row.problem(column, "\"" + value + "\" is not in " + where);
        }
        return value;
    }

    private static String type(CsvTable.Row row) {
        String type = row.required("type");
        try {
            return OrganisationType.valueOf(type).name();
        } catch (IllegalArgumentException e) {
            throw row.problem("type", "\"" + type + "\" is not one of " + List.of(OrganisationType.values()));
        }
    }

    private static String constituency(CsvTable.Row row) {
        String value = row.required("constituency").toUpperCase(Locale.ROOT);
        if (!Set.of("GOVERNMENT", "EMPLOYERS", "WORKERS").contains(value)) {
            throw row.problem("constituency", "\"" + value + "\" is not GOVERNMENT, EMPLOYERS or WORKERS");
        }
        return value;
    }

    private static String[] languages(CsvTable.Row row) {
        String value = row.get("languages");
        return value.isEmpty() ? new String[0] : Arrays.stream(value.split("[;,\\s]+"))
                .map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).distinct().toArray(String[]::new);
    }

    private static Integer year(CsvTable.Row row, String column) {
        String value = row.optional(column);
        if (value == null) {
            return null;
        }
        if (!value.matches("(19|20)\\d\\d")) {
            throw row.problem(column, "\"" + value + "\" is not a year");
        }
        return Integer.parseInt(value);
    }

    private static boolean yes(String flag) {
        return flag.equalsIgnoreCase("true");
    }

    private static String region(CsvTable.Row row) {
        String region = row.required("region");
        try {
            return Region.valueOf(region).name();
        } catch (IllegalArgumentException e) {
            throw row.problem("region", "\"" + region + "\" is not one of " + List.of(Region.values()));
        }
    }
}
