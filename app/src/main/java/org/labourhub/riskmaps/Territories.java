package org.labourhub.riskmaps;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The territories of finished runs. Callers check first that the reader may see the run. */
@Component
public class Territories {

    private static final String COLUMNS = """
            code, region, children, expected, rate, rate_low, rate_high, rank, rank_low, rank_high, level, p_high,
            few_children, wide_interval, details::text""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    Territories(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** All territories of a run, highest rate first. */
    public List<TerritoryResult> of(long runId) {
        return jdbc.sql("select " + COLUMNS + " from riskmaps.territory where run_id = ? order by rank, code")
                .param(runId).query(Territories::territory).list();
    }

    public Optional<TerritoryResult> one(long runId, String code) {
        return jdbc.sql("select " + COLUMNS + " from riskmaps.territory where run_id = ? and code = ?")
                .params(runId, code).query(Territories::territory).optional();
    }

    /** The codes of a run's territories at the given level or above (the highest level is the run's level count). */
    public List<String> atLeast(long runId, int level) {
        return jdbc.sql("select code from riskmaps.territory where run_id = ? and level >= ? order by rank, code")
                .params(runId, level).query(String.class).list();
    }

    /** Replaces a run's territories, in the caller's transaction. */
    void replace(long runId, List<TerritoryResult> results) {
        jdbc.sql("delete from riskmaps.territory where run_id = ?").param(runId).update();
        var rows = new ArrayList<Object[]>(results.size());
        for (TerritoryResult t : results) {
            rows.add(new Object[] {runId, t.code(), t.region(), t.children(), t.expected(), t.rate(), t.rateLow(),
                    t.rateHigh(), t.rank(), t.rankLow(), t.rankHigh(), t.level(), t.probabilityHigh(),
                    t.fewChildren(), t.wideInterval(), RiskmapsJson.write(t.details())});
        }
        batch.batchUpdate("""
                insert into riskmaps.territory (run_id, code, region, children, expected, rate, rate_low, rate_high,
                    rank, rank_low, rank_high, level, p_high, few_children, wide_interval, details)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))""", rows);
    }

    private static TerritoryResult territory(ResultSet rs, int row) throws SQLException {
        return new TerritoryResult(rs.getString("code"), rs.getString("region"), rs.getDouble("children"),
                rs.getDouble("expected"), rs.getDouble("rate"), rs.getDouble("rate_low"), rs.getDouble("rate_high"),
                rs.getInt("rank"), rs.getDouble("rank_low"), rs.getDouble("rank_high"), rs.getInt("level"),
                (Double) rs.getObject("p_high"), rs.getBoolean("few_children"), rs.getBoolean("wide_interval"),
                RiskmapsJson.read(rs.getString("details"), TerritoryResult.TerritoryDetails.class));
    }
}
