package org.labourhub.projects.monitoring;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Budget and expenditure of the published projects in US dollars, by year and by donor, country, theme and modality.
 * A project's money is shared among its funders and themes equally, and among its countries by their percentages
 * (equally when none are given), so that no dollar is counted twice. All five come from one pass over the delivery
 * rows (the costly part: budgets and spending converted to dollars, year by year) and are kept until the registry
 * changes ({@link RegistryFigures}).
 */
@Component
class DashboardFigures {

    /** How many bars a chart by donor, country, theme or modality shows: the largest budgets. */
    static final int BARS = 25;

    private static final String ALL = """
            with y as materialized (
                select y.project_id, y.year, y.budget_usd, y.expenditure_usd
                from projects.yearly_delivery_of(null) y join projects.project p on p.id = y.project_id
                where p.merged_into is null and p.entry_state = 'PUBLISHED'),
            d as (select project_id, sum(budget_usd) as b, sum(expenditure_usd) as e from y group by 1),
            x as (
                select 'donors' as dimension, project_id, name as key, 1.0 / count(*) over (partition by project_id) as share
                from projects.participant where role = 'FUNDING'
                union all
                select 'countries', project_id, iso2, coalesce(percentage / 100, 1.0 / count(*) over (partition by project_id))
                from projects.recipient_country
                union all
                select 'themes', project_id, theme, 1.0 / count(*) over (partition by project_id) from projects.theme
                union all
                select 'modalities', id, modality, 1.0 from projects.project where modality is not null),
            totals as (
                select x.dimension, x.key, round(sum(d.b * x.share), 2) as budget, round(sum(d.e * x.share), 2) as spent,
                       row_number() over (partition by x.dimension order by sum(d.b * x.share) desc nulls last, x.key) as rank
                from d join x on x.project_id = d.project_id
                group by x.dimension, x.key)
            select 'years', year::text, round(sum(budget_usd), 2), round(sum(expenditure_usd), 2), year
            from y group by year
            union all
            select dimension, key, budget, spent, rank from totals where rank <= ?
            order by 1, 5""";

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
        return all().getOrDefault("years", List.of());
    }

    List<Figure> byDonor() {
        return all().getOrDefault("donors", List.of());
    }

    List<Figure> byCountry() {
        return all().getOrDefault("countries", List.of());
    }

    List<Figure> byTheme() {
        return all().getOrDefault("themes", List.of());
    }

    List<Figure> byModality() {
        return all().getOrDefault("modalities", List.of());
    }

    /** The five lists by name: years in order, the others largest budget first. */
    private Map<String, List<Figure>> all() {
        return kept.get("dashboard figures", () -> {
            Map<String, List<Figure>> all = new TreeMap<>();
            jdbc.query(ALL, (RowCallbackHandler) rs -> all.computeIfAbsent(rs.getString(1), name -> new ArrayList<>())
                    .add(new Figure(rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4))), BARS);
            return all;
        });
    }
}
