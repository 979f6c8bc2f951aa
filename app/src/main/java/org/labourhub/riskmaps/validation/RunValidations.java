package org.labourhub.riskmaps.validation;

import org.labourhub.accounts.AuditTrail;
import org.labourhub.riskmaps.RiskmapsJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The runs' validations, one per run: a new comparison replaces the last. Callers check who may see the run. */
@Component
class RunValidations {

    static final String TYPE = "run-validation";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    RunValidations(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional
    RunValidation save(long runId, long datasetId, String territoryColumn, String rateColumn, String scale,
                       RunValidation.Result result, String by) {
        Optional<RunValidation> before = find(runId);
        jdbc.sql("""
                        insert into riskmaps.run_validation (run_id, dataset_id, territory_column, rate_column, scale,
                            result, made_by)
                        values (?, ?, ?, ?, ?, cast(? as jsonb), ?)
                        on conflict (run_id) do update set dataset_id = excluded.dataset_id,
                            territory_column = excluded.territory_column, rate_column = excluded.rate_column,
                            scale = excluded.scale, result = excluded.result, made_by = excluded.made_by,
                            made_at = now(), version = riskmaps.run_validation.version + 1""")
                .params(runId, datasetId, territoryColumn, rateColumn, scale, RiskmapsJson.write(result), by).update();
        RunValidation saved = find(runId).orElseThrow();
        if (before.isPresent()) {
            audit.updated(TYPE, runId, shown(before.get()), shown(saved));
        } else {
            audit.created(TYPE, runId, shown(saved));
        }
        return saved;
    }

    Optional<RunValidation> find(long runId) {
        return jdbc.sql("""
                        select run_id, dataset_id, territory_column, rate_column, scale, result::text, made_by, made_at
                        from riskmaps.run_validation where run_id = ?""")
                .param(runId)
                .query((rs, row) -> new RunValidation(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), RiskmapsJson.read(rs.getString(6), RunValidation.Result.class),
                        rs.getString(7), rs.getObject(8, OffsetDateTime.class)))
                .optional();
    }

    private static Map<String, Object> shown(RunValidation v) {
        var m = new LinkedHashMap<String, Object>();
        m.put("dataset", v.result().datasetName());
        m.put("territoryColumn", v.territoryColumn());
        m.put("rateColumn", v.rateColumn());
        m.put("territories", v.result().territories());
        m.put("pearson", v.result().pearson());
        m.put("kappa", v.result().kappa());
        return m;
    }
}
