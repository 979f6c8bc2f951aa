package org.labourhub.directory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The country list screen: filtered by region and OAS membership, ordered by name in the reader's language. */
@Component
class CountryListing {

    private final JdbcClient jdbc;

    CountryListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CountryRow> find(Region region, Boolean oasMember, Locale locale) {
        var where = new ArrayList<String>();
        var params = new ArrayList<Object>();
        if (region != null) {
            where.add("c.region = ?");
            params.add(region.name());
        }
        if (oasMember != null) {
            where.add("c.oas_member = ?");
            params.add(oasMember);
        }
        String sql = """
                select c.iso2, c.iso3, c.name::text as name, c.oas_member, c.region,
                       (select count(*) from directory.organisation o where o.country_iso2 = c.iso2) as organisations,
                       (select count(*) from directory.focal_point f where f.country_iso2 = c.iso2) as focal_points
                from directory.country c
                """ + (where.isEmpty() ? "" : "where " + String.join(" and ", where));
        return jdbc.sql(sql).params(params)
                .query((rs, n) -> new CountryRow(Countries.country(rs, n), rs.getLong("organisations"),
                        rs.getLong("focal_points")))
                .list().stream()
                .sorted(Rows.byText(locale, row -> row.country().name()))
                .toList();
    }
}
