package org.labourhub.projects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;

/**
 * Budget and expenditure of the published projects in US dollars, by year and by donor, country, theme and modality.
 * A project's money is shared among its funders and themes equally, and among its countries by their percentages
 * (equally when none are given), so that no dollar is counted twice. Kept until the registry changes ({@link RegistryFigures}).
 */
@Component
class DashboardFigures {

    private static final String TOTALS = """
            with d as (select y.project_id, sum(y.budget_usd) as b, sum(y.expenditure_usd) as e
                       from projects.yearly_delivery y join projects.project p on p.id = y.project_id
                       where p.merged_into is null and p.entry_state = 'PUBLISHED' group by 1)
            select x.key, round(sum(d.b * x.share), 2), round(sum(d.e * x.share), 2)
            from d join (%s) x on x.project_id = d.project_id
            group by x.key order by 2 desc nulls last, 1 limit 25""";

    private final JdbcTemplate jdbc;
    private final RegistryFigures kept;

    DashboardFigures(JdbcTemplate jdbc, RegistryFigures kept) {
        this.jdbc = jdbc;
        this.kept = kept;
    }

    /** One bar of a chart: a key (year, donor name, country code, theme or modality) and its money. */
    record Figure(String key, BigDecimal budget, BigDecimal expenditure) {
        public Integer rate() {
            return new DeliveryRate(budget, expenditure).percent();
        }
    }

    List<Figure> byYear() {
        return kept.get("by year", () -> jdbc.query("""
                select y.year::text, round(sum(y.budget_usd), 2), round(sum(y.expenditure_usd), 2)
                from projects.yearly_delivery y join projects.project p on p.id = y.project_id
                where p.merged_into is null and p.entry_state = 'PUBLISHED'
                group by y.year order by y.year""", (rs, n) -> new Figure(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3))));
    }

    List<Figure> byDonor() {
        return totals("select project_id, name as key, 1.0 / count(*) over (partition by project_id) as share "
                + "from projects.participant where role = 'FUNDING'");
    }

    List<Figure> byCountry() {
        return totals("select project_id, iso2 as key, coalesce(percentage / 100, 1.0 / count(*) over (partition by project_id)) as share "
                + "from projects.recipient_country");
    }

    List<Figure> byTheme() {
        return totals("select project_id, theme as key, 1.0 / count(*) over (partition by project_id) as share from projects.theme");
    }

    List<Figure> byModality() {
        return totals("select id as project_id, modality as key, 1.0 as share from projects.project where modality is not null");
    }

    private List<Figure> totals(String dimension) {
        return kept.get(dimension, () -> jdbc.query(TOTALS.formatted(dimension),
                (rs, n) -> new Figure(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3))));
    }
}
