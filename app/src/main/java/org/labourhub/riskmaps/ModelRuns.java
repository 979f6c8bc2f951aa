package org.labourhub.riskmaps;

import org.labourhub.accounts.Actor;
import org.labourhub.accounts.AuditTrail;
import org.labourhub.accounts.Role;
import org.labourhub.platform.web.ConcurrentEdit;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The runs and their results. A run's territories and summary are written by {@link #finish} in one transaction, so
 * that a failed or killed run leaves nothing half-published.
 */
@Component
public class ModelRuns {

    static final String TYPE = "model-run";
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final String COLUMNS = """
            id, country, title, survey_id, census_id, boundary_set_id, inputs::text, state, stage, job_id, problem_key,
            problem_args::text, visibility, started_by, started_at, finished_at, shared_at, published_at, synthetic,
            version""";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Territories territories;

    ModelRuns(JdbcClient jdbc, AuditTrail audit, Territories territories) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.territories = territories;
    }

    /** Thrown when the same inputs are already queued or running for the country. */
    public static final class AlreadyUnderWay extends RuntimeException {
        AlreadyUnderWay() {
            super("A run with the same inputs is already under way");
        }
    }

    /** Records a queued run; refuses a second one with the same inputs while the first is under way. */
    @Transactional
    public ModelRun queue(String country, String title, RunInputs inputs, Long boundarySetId, String by,
                          boolean synthetic) {
        long id;
        try {
            id = jdbc.sql("""
                            insert into riskmaps.run (country, title, survey_id, census_id, boundary_set_id, inputs,
                                state, started_by, synthetic)
                            values (?, ?, ?, ?, ?, cast(? as jsonb), 'QUEUED', ?, ?) returning id""")
                    .params(country, title, inputs.survey().datasetId(), inputs.census().datasetId(), boundarySetId,
                            RiskmapsJson.write(inputs), by, synthetic)
                    .query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw new AlreadyUnderWay();
        }
        ModelRun run = find(id).orElseThrow();
        audit.created(TYPE, id, shown(run));
        return run;
    }

    public void attachJob(long runId, long jobId) {
        jdbc.sql("update riskmaps.run set job_id = ? where id = ?").params(jobId, runId).update();
    }

    /** The stage the engine reached, for the progress page. */
    public void stage(long runId, String stage) {
        jdbc.sql("update riskmaps.run set state = 'RUNNING', stage = ? where id = ? and state in ('QUEUED', 'RUNNING')")
                .params(stage, runId).update();
    }

    /** Ends a run without results: failed, or stopped after the harmonisation check. */
    @Transactional
    public void end(long runId, RunState state, String problemKey, List<String> problemArgs, RunSummary partial) {
        if (state != RunState.FAILED && state != RunState.CHECKED) {
            throw new IllegalArgumentException("A run ends without results only as failed or checked");
        }
        jdbc.sql("""
                        update riskmaps.run set state = ?, problem_key = ?, problem_args = cast(? as jsonb),
                            summary = cast(? as jsonb), finished_at = now(), version = version + 1
                        where id = ? and state in ('QUEUED', 'RUNNING')""")
                .params(state.name(), problemKey, RiskmapsJson.write(problemArgs), RiskmapsJson.write(partial), runId)
                .update();
        audit.updated(TYPE, runId, Map.of("state", "RUNNING"), Map.of("state", state.name()));
    }

    /** Writes the run's results and marks it finished, all in one transaction. */
    @Transactional
    public void finish(long runId, RunSummary summary, List<TerritoryResult> results) {
        territories.replace(runId, results);
        int changed = jdbc.sql("""
                        update riskmaps.run set state = 'FINISHED', stage = null, summary = cast(? as jsonb),
                            finished_at = now(), version = version + 1
                        where id = ? and state in ('QUEUED', 'RUNNING')""")
                .params(RiskmapsJson.write(summary), runId).update();
        if (changed == 0) {
            throw new IllegalStateException("Run " + runId + " is no longer under way");
        }
        audit.updated(TYPE, runId, Map.of("state", "RUNNING"), Map.of("state", "FINISHED"));
    }

    public Optional<ModelRun> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from riskmaps.run where id = ?").param(id)
                .query(ModelRuns::run).optional();
    }

    public Optional<RunSummary> summary(long id) {
        return jdbc.sql("select summary::text from riskmaps.run where id = ?").param(id).query(String.class)
                .optional().map(s -> RiskmapsJson.read(s, RunSummary.class));
    }

    /** The runs of a country (of all countries when null) that the actor may see, newest first. */
    public List<ModelRun> visibleTo(Actor actor, String country) {
        return jdbc.sql("select " + COLUMNS + " from riskmaps.run where (?::text is null or country = ?) and ("
                        + visibility() + ") order by started_at desc, id desc")
                .params(country, country, actor.isAnonymous() ? "" : actor.username(), actor.maintainsEverything(),
                        actor.is(Role.ANALYST), actor.country().orElse(""), actor.is(Role.FOCAL_POINT))
                .query(ModelRuns::run).list();
    }

    /** The latest finished run of the country that the actor may see, if any. */
    public Optional<ModelRun> latestVisible(Actor actor, String country) {
        return visibleTo(actor, country).stream().filter(ModelRun::isFinished).findFirst();
    }

    /** The same rule as {@link RiskmapsPolicy#maySee}, in SQL, with parameters: username, maintains, analyst, country, focal. */
    private static String visibility() {
        return """
                visibility = 'PUBLISHED' or started_by = ? or ? or (visibility = 'SHARED' and (? or (country = ? and ?)))""";
    }

    /** Changes who sees a finished run; refused when the run changed since the reader saw it. */
    @Transactional
    public ModelRun changeVisibility(ModelRun before, RunVisibility to) {
        int changed = jdbc.sql("""
                        update riskmaps.run set visibility = ?,
                            shared_at = case when ? = 'PRIVATE' then null else coalesce(shared_at, now()) end,
                            published_at = case when ? = 'PUBLISHED' then now() else null end,
                            version = version + 1
                        where id = ? and version = ? and state = 'FINISHED'""")
                .params(to.name(), to.name(), to.name(), before.id(), before.version()).update();
        if (changed == 0) {
            throw new ConcurrentEdit(TYPE, before.id());
        }
        ModelRun after = find(before.id()).orElseThrow();
        audit.updated(TYPE, before.id(), shown(before), shown(after));
        return after;
    }

    static Map<String, Object> shown(ModelRun r) {
        var m = new LinkedHashMap<String, Object>();
        m.put("country", r.country());
        m.put("title", r.title());
        m.put("state", r.state().name());
        m.put("visibility", r.visibility().name());
        return m;
    }

    private static ModelRun run(ResultSet rs, int row) throws SQLException {
        return new ModelRun(rs.getLong("id"), rs.getString("country"), rs.getString("title"),
                (Long) rs.getObject("survey_id"), (Long) rs.getObject("census_id"),
                (Long) rs.getObject("boundary_set_id"), RiskmapsJson.read(rs.getString("inputs"), RunInputs.class),
                RunState.valueOf(rs.getString("state")), rs.getString("stage"), (Long) rs.getObject("job_id"),
                rs.getString("problem_key"), RiskmapsJson.read(rs.getString("problem_args"), STRINGS),
                RunVisibility.valueOf(rs.getString("visibility")), rs.getString("started_by"),
                rs.getObject("started_at", OffsetDateTime.class), rs.getObject("finished_at", OffsetDateTime.class),
                rs.getObject("shared_at", OffsetDateTime.class), rs.getObject("published_at", OffsetDateTime.class),
                rs.getBoolean("synthetic"), rs.getInt("version"));
    }
}
