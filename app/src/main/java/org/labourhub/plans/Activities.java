package org.labourhub.plans;

import org.labourhub.directory.Directory;
import org.labourhub.directory.OrganisationRef;
import org.labourhub.platform.Constituency;
import org.labourhub.platform.web.ConcurrentEdit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.labourhub.platform.i18n.MultilingualTextJson.write;

/** Activities and who is responsible for them. */
@Repository
public class Activities {

    private static final String SELECT = """
            select id, plan_id, element_id, number, title::text as title, description::text as description,
                   calendar_text::text as calendar_text, calendar_kind, start_date, end_date, status, constituency,
                   resources_available::text as resources_available, resources_missing::text as resources_missing,
                   carried_out::text as carried_out, planned::text as planned, project_ref, version
            from plans.activity
            """;

    private final JdbcClient jdbc;
    private final Directory directory;

    Activities(JdbcClient jdbc, Directory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    public Optional<Activity> byId(long id) {
        return jdbc.sql(SELECT + "where id = ?").param(id).query(Activities::activity).optional();
    }

    List<Activity> ofPlan(long planId) {
        return jdbc.sql(SELECT + "where plan_id = ? order by position, id").param(planId).query(Activities::activity).list();
    }

    public long add(Activity a) {
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from plans.activity where plan_id = ?")
                .param(a.planId()).query(Integer.class).single();
        return jdbc.sql("""
                        insert into plans.activity (plan_id, element_id, number, title, description, calendar_text,
                            calendar_kind, start_date, end_date, status, constituency, resources_available,
                            resources_missing, carried_out, planned, project_ref, position)
                        values (?, ?, ?, cast(? as jsonb), cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?, ?,
                            cast(? as jsonb), cast(? as jsonb), cast(? as jsonb), cast(? as jsonb), ?, ?) returning id""")
                .params(a.planId(), a.elementId(), a.number(), write(a.title()), write(a.description()),
                        write(a.calendar().text()), a.calendar().kind().name(), a.calendar().start(), a.calendar().end(),
                        name(a.status()), name(a.constituency()),
                        write(a.resourcesAvailable()), write(a.resourcesMissing()), write(a.carriedOut()),
                        write(a.planned()), a.projectRef(), position)
                .query(Long.class).single();
    }

    /** Saves the activity unless someone saved it after {@code a.version()} was read: then nothing is written. */
    public void update(Activity a) {
        int rows = jdbc.sql("""
                        update plans.activity set number = ?, title = cast(? as jsonb), description = cast(? as jsonb),
                            calendar_text = cast(? as jsonb), calendar_kind = ?, start_date = ?, end_date = ?, status = ?,
                            constituency = ?, resources_available = cast(? as jsonb), resources_missing = cast(? as jsonb),
                            carried_out = cast(? as jsonb), planned = cast(? as jsonb), project_ref = ?,
                            version = version + 1
                        where id = ? and version = ?""")
                .params(a.number(), write(a.title()), write(a.description()), write(a.calendar().text()),
                        a.calendar().kind().name(), a.calendar().start(), a.calendar().end(), name(a.status()),
                        name(a.constituency()), write(a.resourcesAvailable()),
                        write(a.resourcesMissing()), write(a.carriedOut()), write(a.planned()), a.projectRef(),
                        a.id(), a.version())
                .update();
        if (rows == 0) {
            throw new ConcurrentEdit("activity", a.id());
        }
    }

    /**
     * The responsible organisations' directory keys (networks as "network:key"), lead first: the keys are asked of
     * the directory in one look-up (an organisation it no longer knows gives null).
     */
    public List<String> responsibleKeys(long activityId) {
        List<ResponsibleRef> refs = jdbc.sql("""
                        select r.organisation_id, r.network_key from plans.activity_responsible r
                        where r.activity_id = ? order by r.lead desc, r.position""")
                .param(activityId)
                .query((rs, n) -> new ResponsibleRef(rs.getObject(1, Long.class), rs.getString(2))).list();
        Map<Long, OrganisationRef> organisations =
                directory.organisations(refs.stream().map(ResponsibleRef::organisationId).toList());
        return refs.stream().map(r -> r.organisationId() == null
                ? (r.networkKey() == null ? null : "network:" + r.networkKey())
                : organisations.containsKey(r.organisationId()) ? organisations.get(r.organisationId()).key() : null)
                .toList();
    }

    /** Who is responsible as the activity form chooses them: organisation ids, networks as "network:key", lead first. */
    public List<String> responsibleValues(long activityId) {
        return jdbc.sql("""
                        select coalesce(r.organisation_id::text, 'network:' || r.network_key) from plans.activity_responsible r
                        where r.activity_id = ? order by r.lead desc, r.position""")
                .param(activityId).query(String.class).list();
    }

    /** Replaces who is responsible: the first is the lead, the others partners. */
    public void replaceResponsible(long activityId, List<ResponsibleRef> refs) {
        jdbc.sql("delete from plans.activity_responsible where activity_id = ?").param(activityId).update();
        for (int i = 0; i < refs.size(); i++) {
            jdbc.sql("""
                            insert into plans.activity_responsible (activity_id, organisation_id, network_key, lead, position)
                            values (?, ?, ?, ?, ?)""")
                    .params(activityId, refs.get(i).organisationId(), refs.get(i).networkKey(), i == 0, i).update();
        }
    }

    /** An organisation (by directory id) or a network (by key) responsible for an activity. */
    public record ResponsibleRef(Long organisationId, String networkKey) {
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static Activity activity(ResultSet rs, int n) throws SQLException {
        var calendar = new Calendar(Texts.text(rs, "calendar_text"), CalendarKind.valueOf(rs.getString("calendar_kind")),
                Texts.date(rs, "start_date"), Texts.date(rs, "end_date"));
        return new Activity(rs.getLong("id"), rs.getLong("plan_id"), rs.getLong("element_id"), rs.getString("number"),
                Texts.text(rs, "title"), Texts.text(rs, "description"), calendar,
                Texts.enumOrNull(ActivityStatus.class, rs.getString("status")),
                Texts.enumOrNull(Constituency.class, rs.getString("constituency")),
                Texts.text(rs, "resources_available"), Texts.text(rs, "resources_missing"),
                Texts.text(rs, "carried_out"), Texts.text(rs, "planned"), rs.getString("project_ref"),
                rs.getInt("version"));
    }

    /** Removes the activity (its responsible, assignments and unpublished updates cascade) if still at that version. */
    public void delete(long id, int version) {
        if (jdbc.sql("delete from plans.activity where id = ? and version = ?").params(id, version).update() == 0) {
            throw new ConcurrentEdit("activity", id);
        }
    }
}
