package org.labourhub.plans;

import org.labourhub.accounts.Actor;
import org.labourhub.platform.Constituency;
import org.labourhub.platform.web.RecordNotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.labourhub.plans.Activities.ResponsibleRef;
import org.labourhub.plans.PlanContent.ActivityView;
import org.labourhub.plans.PlanContent.IndicatorView;
import org.labourhub.plans.PlanContent.Node;
import org.labourhub.plans.PlanContent.PeriodValue;
import org.labourhub.plans.PlanContent.ResponsibleView;
import org.labourhub.plans.PlanContent.UpdateView;

/**
 * Reads a whole plan in six queries (elements, activities, responsible organisations, indicators, their periods,
 * published updates) and assembles the tree; the organisations and networks responsible are named through the
 * directory's API (two look-ups more).
 */
@Repository
public class PlanContents {

    private final JdbcClient jdbc;
    private final Plans plans;
    private final PlansPolicy policy;
    private final ResponsibleNames names;

    PlanContents(JdbcClient jdbc, Plans plans, PlansPolicy policy, ResponsibleNames names) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.policy = policy;
        this.names = names;
    }

    /**
     * The plan with the updates published on or before {@code asOf}; when null, as of its latest published update.
     * A draft the current actor may not read is "not found".
     */
    public PlanContent load(long planId, LocalDate asOf) {
        PlanOfAction plan = plans.byId(planId).orElseThrow(() -> new RecordNotFound("plan", planId));
        policy.requireReader(Actor.current(), plan);
        LocalDate date = asOf != null ? asOf : latestPublished(planId).orElse(LocalDate.now());
        Map<Long, List<UpdateView>> updates = updates(planId, date);
        Map<Long, List<ResponsibleView>> responsible = responsible(planId);
        Map<Long, List<PeriodValue>> targets = periods("indicator_target", "null, null, null, null", planId);
        Map<Long, List<PeriodValue>> values = periods("indicator_value", "sex, age_group, country_iso2, constituency", planId);
        Map<Long, Node> nodes = new HashMap<>();
        List<Node> roots = new ArrayList<>();
        jdbc.sql("""
                        select id, parent_id, level, number, title::text as title, description::text as description,
                               calendar_text::text as calendar, carried_out::text as carried_out, planned::text as planned
                        from plans.element where plan_id = ? order by position, id""")
                .param(planId).query((rs, n) -> {
                    long id = rs.getLong("id");
                    var node = new Node(id, rs.getInt("level"), rs.getString("number"), Texts.text(rs, "title"),
                            Texts.text(rs, "description"), Texts.text(rs, "calendar"), Texts.text(rs, "carried_out"),
                            Texts.text(rs, "planned"), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                            updates.getOrDefault(-id, List.of()));
                    nodes.put(id, node);
                    long parent = rs.getLong("parent_id");
                    (rs.wasNull() ? roots : nodes.get(parent).children()).add(node);
                    return node;
                }).list();
        activities(planId, nodes, updates, responsible);
        indicators(planId, nodes, targets, values);
        return new PlanContent(plan, roots, date);
    }

    /** The date of the plan's latest published update, the natural "status as of" of its next report. */
    Optional<LocalDate> latestPublished(long planId) {
        return jdbc.sql("""
                        select max(u.as_of) from plans.progress_update u
                        left join plans.activity a on a.id = u.activity_id
                        left join plans.element e on e.id = u.element_id
                        where u.state = 'APPROVED' and (a.plan_id = ? or e.plan_id = ?)""")
                .params(planId, planId).query((rs, n) -> Optional.ofNullable(Texts.date(rs, "max"))).single();
    }

    private void activities(long planId, Map<Long, Node> nodes, Map<Long, List<UpdateView>> updates,
                            Map<Long, List<ResponsibleView>> responsible) {
        jdbc.sql("""
                        select id, element_id, number, title::text as title, description::text as description,
                               calendar_text::text as calendar_text, calendar_kind, start_date, end_date, status,
                               resources_available::text as ra, resources_missing::text as rm,
                               carried_out::text as carried_out, planned::text as planned, project_ref
                        from plans.activity where plan_id = ? order by position, id""")
                .param(planId).query((rs, n) -> {
                    long id = rs.getLong("id");
                    var calendar = new Calendar(Texts.text(rs, "calendar_text"),
                            CalendarKind.valueOf(rs.getString("calendar_kind")), Texts.date(rs, "start_date"),
                            Texts.date(rs, "end_date"));
                    var view = new ActivityView(id, rs.getString("number"), Texts.text(rs, "title"),
                            Texts.text(rs, "description"), calendar,
                            Texts.enumOrNull(ActivityStatus.class, rs.getString("status")),
                            responsible.getOrDefault(id, List.of()), Texts.text(rs, "ra"), Texts.text(rs, "rm"),
                            Texts.text(rs, "carried_out"), Texts.text(rs, "planned"), rs.getString("project_ref"),
                            updates.getOrDefault(id, List.of()));
                    nodes.get(rs.getLong("element_id")).activities().add(view);
                    return view;
                }).list();
    }

    private void indicators(long planId, Map<Long, Node> nodes, Map<Long, List<PeriodValue>> targets,
                            Map<Long, List<PeriodValue>> values) {
        jdbc.sql("""
                        select i.id, i.element_id, i.number, i.name::text as name, i.measure, i.baseline,
                               i.baseline_text::text as baseline_text, i.baseline_year, i.source::text as source,
                               i.comment::text as comment
                        from plans.indicator i join plans.element e on e.id = i.element_id
                        where e.plan_id = ? order by e.position, i.position, i.id""")
                .param(planId).query((rs, n) -> {
                    long id = rs.getLong("id");
                    var view = new IndicatorView(id, rs.getString("number"), Texts.text(rs, "name"),
                            Measure.valueOf(rs.getString("measure")), rs.getBigDecimal("baseline"),
                            Texts.text(rs, "baseline_text"), rs.getObject("baseline_year", Integer.class),
                            Texts.text(rs, "source"), Texts.text(rs, "comment"), targets.getOrDefault(id, List.of()),
                            values.getOrDefault(id, List.of()));
                    nodes.get(rs.getLong("element_id")).indicators().add(view);
                    return view;
                }).list();
    }

    /** Published updates by activity id, and by minus the element id for updates on a whole element; newest first. */
    private Map<Long, List<UpdateView>> updates(long planId, LocalDate asOf) {
        Map<Long, List<UpdateView>> byOwner = new HashMap<>();
        jdbc.sql("""
                        select u.id, coalesce(u.activity_id, -u.element_id) as owner, u.as_of, u.text::text as text, u.status
                        from plans.progress_update u
                        left join plans.activity a on a.id = u.activity_id
                        left join plans.element e on e.id = u.element_id
                        where u.state = 'APPROVED' and u.as_of <= ? and (a.plan_id = ? or e.plan_id = ?)
                        order by u.as_of desc, u.id desc""")
                .params(asOf, planId, planId).query((rs, n) -> {
                    byOwner.computeIfAbsent(rs.getLong("owner"), k -> new ArrayList<>()).add(new UpdateView(
                            rs.getLong("id"), Texts.date(rs, "as_of"), Texts.text(rs, "text"),
                            Texts.enumOrNull(ActivityStatus.class, rs.getString("status"))));
                    return null;
                }).list();
        return byOwner;
    }

    private Map<Long, List<ResponsibleView>> responsible(long planId) {
        record Row(long activityId, ResponsibleRef ref, boolean lead) {
        }
        List<Row> rows = jdbc.sql("""
                        select r.activity_id, r.organisation_id, r.network_key, r.lead
                        from plans.activity_responsible r
                        join plans.activity a on a.id = r.activity_id
                        where a.plan_id = ? order by r.activity_id, r.lead desc, r.position""")
                .param(planId).query((rs, n) -> new Row(rs.getLong("activity_id"),
                        new ResponsibleRef(rs.getObject("organisation_id", Long.class), rs.getString("network_key")),
                        rs.getBoolean("lead"))).list();
        ResponsibleNames.Known known = names.of(rows.stream().map(Row::ref).toList());
        Map<Long, List<ResponsibleView>> byActivity = new HashMap<>();
        for (Row row : rows) {
            byActivity.computeIfAbsent(row.activityId(), k -> new ArrayList<>()).add(known.view(row.ref(), row.lead()));
        }
        return byActivity;
    }

    private Map<Long, List<PeriodValue>> periods(String table, String disaggregation, long planId) {
        Map<Long, List<PeriodValue>> byIndicator = new HashMap<>();
        jdbc.sql("select t.indicator_id, t.period_start, t.period_end, t.amount, t.text_value, " + disaggregation
                        + ", t.id from plans." + table + " t join plans.indicator i on i.id = t.indicator_id"
                        + " join plans.element e on e.id = i.element_id where e.plan_id = ? order by t.period_start, t.id")
                .param(planId).query((rs, n) -> {
                    byIndicator.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(period(rs));
                    return null;
                }).list();
        return byIndicator;
    }

    private static PeriodValue period(ResultSet rs) throws SQLException {
        return new PeriodValue(rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate(), rs.getBigDecimal(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                Texts.enumOrNull(Constituency.class, rs.getString(9)), rs.getLong(10));
    }
}
