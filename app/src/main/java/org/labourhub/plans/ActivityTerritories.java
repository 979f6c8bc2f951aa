package org.labourhub.plans;

import org.labourhub.accounts.Actor;
import org.labourhub.platform.TerritoryCode;
import org.labourhub.platform.i18n.MultilingualText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The sub-national territories activities work in (ISO 3166-2 style codes), kept with each activity and asked for a
 * whole country at once by the risk maps, which set them beside the territories at highest risk. Only activities of
 * plans the reader may read are given: a draft plan's stay with those who maintain it or report on it.
 */
@Component
public class ActivityTerritories {

    private final JdbcClient jdbc;
    private final PlansPolicy policy;

    ActivityTerritories(JdbcClient jdbc, PlansPolicy policy) {
        this.jdbc = jdbc;
        this.policy = policy;
    }

    /**
     * An activity, its plan, and the territories of the country asked for that it works in.
     *
     * @param draft its plan is a draft, which only those who maintain it or report on it read
     */
    public record WorkingActivity(long id, long planId, String number, MultilingualText title,
                                  MultilingualText planName, boolean draft, List<String> territories) {

        public WorkingActivity {
            territories = List.copyOf(territories);
        }
    }

    /** The territories an activity works in, in the order they were given. */
    public List<TerritoryCode> of(long activityId) {
        return jdbc.sql("select code from plans.activity_territory where activity_id = ? order by position")
                .param(activityId).query(String.class).list().stream().map(TerritoryCode::new).toList();
    }

    /** Replaces the territories an activity works in, in the caller's transaction. */
    public void replace(long activityId, List<TerritoryCode> codes) {
        jdbc.sql("delete from plans.activity_territory where activity_id = ?").param(activityId).update();
        for (int i = 0; i < codes.size(); i++) {
            jdbc.sql("insert into plans.activity_territory (activity_id, code, position) values (?, ?, ?)")
                    .params(activityId, codes.get(i).value(), i).update();
        }
    }

    /** The activities working in territories of the country (ISO 3166-1 alpha-2) whose plan the actor may read. */
    public List<WorkingActivity> visibleTo(Actor actor, String country) {
        var found = new LinkedHashMap<Long, Found>();
        jdbc.sql("""
                        select a.id, a.plan_id, p.status, a.number, a.title::text as title, p.name::text as name, t.code
                        from plans.activity_territory t
                        join plans.activity a on a.id = t.activity_id
                        join plans.plan p on p.id = a.plan_id
                        where t.code like ? || '-%'
                        order by p.id, a.position, a.id, t.position""")
                .param(country)
                .query(rs -> {
                    Found f = found.get(rs.getLong(1));
                    if (f == null) {
                        f = new Found(rs.getLong(1), rs.getLong(2), PlanStatus.valueOf(rs.getString(3)),
                                rs.getString(4), Texts.text(rs, "title"), Texts.text(rs, "name"));
                        found.put(f.id, f);
                    }
                    f.codes.add(rs.getString(7));
                });
        var readable = new LinkedHashMap<Long, Boolean>();
        return found.values().stream()
                .filter(f -> readable.computeIfAbsent(f.planId, id -> policy.canRead(actor, id, f.status)))
                .map(f -> new WorkingActivity(f.id, f.planId, f.number, f.title, f.planName,
                        f.status == PlanStatus.DRAFT, f.codes)).toList();
    }

    private static final class Found {
        final long id;
        final long planId;
        final PlanStatus status;
        final String number;
        final MultilingualText title;
        final MultilingualText planName;
        final List<String> codes = new ArrayList<>();

        Found(long id, long planId, PlanStatus status, String number, MultilingualText title,
              MultilingualText planName) {
            this.id = id;
            this.planId = planId;
            this.status = status;
            this.number = number;
            this.title = title;
            this.planName = planName;
        }
    }
}
