package org.labourhub.plans.browsing;

import org.labourhub.plans.Activities.ResponsibleRef;
import org.labourhub.plans.PlanKind;
import org.labourhub.plans.PlanStatus;
import org.labourhub.plans.ResponsibleNames;
import org.labourhub.plans.Texts;
import org.labourhub.platform.i18n.MultilingualText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The list of plans with their size, for the plans page and the JSON API. */
@Repository
class PlanListing {

    record Row(long id, String key, MultilingualText name, PlanKind kind, PlanStatus status, LocalDate periodStart,
               LocalDate periodEnd, long elements, long activities, long indicators, String owners) {

        Row withOwners(String labels) {
            return new Row(id, key, name, kind, status, periodStart, periodEnd, elements, activities, indicators, labels);
        }
    }

    /** The plan's owners in order, as two arrays side by side (see {@link ResponsibleNames#refs}). */
    private static final String OWNERS = """
            array(select w.organisation_id from plans.plan_owner w where w.plan_id = p.id order by w.position) as owner_ids,
            array(select w.network_key from plans.plan_owner w where w.plan_id = p.id order by w.position) as owner_keys
            """;

    private final JdbcClient jdbc;
    private final ResponsibleNames names;

    PlanListing(JdbcClient jdbc, ResponsibleNames names) {
        this.jdbc = jdbc;
        this.names = names;
    }

    /** Every plan, its owners named in the reader's language, acronyms first, comma-separated ("" when none). */
    List<Row> all(Locale locale) {
        record Read(Row row, List<ResponsibleRef> owners) {
        }
        List<Read> read = jdbc.sql("""
                        select p.id, p.key, p.name::text as name, p.kind, p.status, p.period_start, p.period_end,
                               (select count(*) from plans.element e where e.plan_id = p.id) as elements,
                               (select count(*) from plans.activity a where a.plan_id = p.id) as activities,
                               (select count(*) from plans.indicator i join plans.element e on e.id = i.element_id
                                 where e.plan_id = p.id) as indicators,
                        """ + OWNERS + " from plans.plan p order by p.period_start desc nulls last, p.id")
                .query((rs, n) -> new Read(new Row(rs.getLong("id"), rs.getString("key"), Texts.text(rs, "name"),
                        PlanKind.valueOf(rs.getString("kind")), PlanStatus.valueOf(rs.getString("status")),
                        Texts.date(rs, "period_start"), Texts.date(rs, "period_end"), rs.getLong("elements"),
                        rs.getLong("activities"), rs.getLong("indicators"), ""),
                        ResponsibleNames.refs(rs, "owner_ids", "owner_keys")))
                .list();
        ResponsibleNames.Known known = names.of(read.stream().flatMap(r -> r.owners().stream()).toList());
        return read.stream().map(r -> r.row().withOwners(known.labels(r.owners(), locale))).toList();
    }

    /** The plan's owners in the reader's language, comma-separated; "" when the plan names none. */
    String owners(long planId, Locale locale) {
        List<ResponsibleRef> owners = jdbc.sql("select " + OWNERS + " from plans.plan p where p.id = ?").param(planId)
                .query((rs, n) -> ResponsibleNames.refs(rs, "owner_ids", "owner_keys")).optional().orElse(List.of());
        return names.of(owners).labels(owners, locale);
    }
}
