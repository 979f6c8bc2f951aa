package org.labourhub.plans;

import org.labourhub.platform.i18n.MultilingualText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.labourhub.platform.i18n.Language;

import java.time.LocalDate;
import java.util.Locale;
import java.util.List;

/** The list of plans with their size, for the plans page and the JSON API. */
@Repository
class PlanListing {

    record Row(long id, String key, MultilingualText name, PlanKind kind, PlanStatus status, LocalDate periodStart,
               LocalDate periodEnd, long elements, long activities, long indicators, String owners) {
    }

    /** The plan's owners, acronyms first, comma-separated; empty when the plan names none (a plan made through the form). */
    private static final String OWNERS = """
            coalesce((select string_agg(coalesce(o.acronym, n.acronym, o.name->>:lang, o.name->>(o.name->>'original'),
                                                 n.name->>:lang, n.name->>(n.name->>'original'), w.network_key), ', '
                                        order by w.position)
                        from plans.plan_owner w
                        left join directory.organisation o on o.id = w.organisation_id
                        left join directory.network n on n.key = w.network_key
                       where w.plan_id = p.id), '')""";

    private final JdbcClient jdbc;

    PlanListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> all(Locale locale) {
        return jdbc.sql("""
                        select p.id, p.key, p.name::text as name, p.kind, p.status, p.period_start, p.period_end,
                               (select count(*) from plans.element e where e.plan_id = p.id) as elements,
                               (select count(*) from plans.activity a where a.plan_id = p.id) as activities,
                               (select count(*) from plans.indicator i join plans.element e on e.id = i.element_id
                                 where e.plan_id = p.id) as indicators,
                        """ + OWNERS + " as owners from plans.plan p order by p.period_start desc nulls last, p.id")
                .param("lang", Language.of(locale).code())
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("key"), Texts.text(rs, "name"),
                        PlanKind.valueOf(rs.getString("kind")), PlanStatus.valueOf(rs.getString("status")),
                        Texts.date(rs, "period_start"), Texts.date(rs, "period_end"), rs.getLong("elements"),
                        rs.getLong("activities"), rs.getLong("indicators"), rs.getString("owners")))
                .list();
    }

    String owners(long planId, Locale locale) {
        return jdbc.sql("select " + OWNERS + " from plans.plan p where p.id = :id")
                .param("lang", Language.of(locale).code()).param("id", planId)
                .query(String.class).optional().orElse("");
    }
}
