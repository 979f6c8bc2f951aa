package org.labourhub.risk.report;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.labourhub.risk.RunResult;
import org.labourhub.risk.factors.FactorShare;
import org.labourhub.risk.factors.TerritoryFactors;
import org.labourhub.risk.survey.ChildLabourDefinition;
import org.labourhub.risk.transfer.TerritoryRates;

/** A territory's results as named values: one CSV row, one GeoJSON feature's properties. */
final class TerritoryRow {

    private TerritoryRow() {
    }

    static Map<String, Object> of(RunResult run, int t) {
        TerritoryRates rates = run.rates();
        ChildLabourDefinition d = run.config().definition();
        var row = new LinkedHashMap<String, Object>();
        row.put("territory", rates.totals().codes().get(t));
        row.put("region", rates.totals().regions().get(t));
        row.put("children", rates.children(t));
        row.put("expected", rates.expected(t));
        row.put("rate", rates.rate(t));
        row.put("rate_boys", rates.rate(t, 1, -1));
        row.put("rate_girls", rates.rate(t, 0, -1));
        for (int band = 0; band < 3; band++) {
            row.put("rate_" + d.bandLabel(band).replace('–', '_'), rates.rate(t, -1, band));
        }
        row.put("rate_" + d.youngerBandsLabel().replace('–', '_'), rates.rate(t, -1, 3));
        row.put("benchmark_factor", rates.factor()[t]);
        row.put("level", run.level()[t] + 1);
        row.put("level_name", run.levels().name(run.level()[t]));
        row.put("rate_low90", run.intervals().rateLow()[t]);
        row.put("rate_high90", run.intervals().rateHigh()[t]);
        row.put("rank", run.intervals().rank()[t]);
        row.put("rank_low90", run.intervals().rankLow()[t]);
        row.put("rank_high90", run.intervals().rankHigh()[t]);
        row.put("p_high", run.intervals().probabilityHigh()[t]);
        row.put("flag_few_children", run.fewChildren(t));
        row.put("flag_wide_interval", run.wideInterval(t));
        TerritoryFactors factors = run.factors().get(t);
        row.put("national_rate", factors.nationalRate());
        row.put("difference_from_national", factors.difference());
        row.put("top_risk_factor", top(factors.shares(), true));
        row.put("top_protective_factor", top(factors.shares(), false));
        row.put("decomposition", factors.mapping().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        row.put("decomposition_residual", factors.residual());
        for (FactorShare f : factors.shares()) {
            row.put("part_" + f.factor(), f.part());
            row.put("share_" + f.factor(), f.share());
            row.put("logodds_" + f.factor(), f.logOdds());
        }
        return row;
    }

    /** The factor that raises (or lowers) the rate most here against the national rate, or "" when none does. */
    static String top(List<FactorShare> factors, boolean raising) {
        return factors.stream().filter(f -> raising ? f.part() > 0 : f.part() < 0)
                .max(Comparator.comparingDouble(f -> raising ? f.part() : -f.part()))
                .map(FactorShare::factor).orElse("");
    }
}
