package org.labourhub.riskmaps.coverage;

import org.labourhub.riskmaps.ModelRun;

import java.util.List;

/**
 * Who works in the territories of one finished run.
 *
 * @param levels    how many levels the run grouped its territories in; the highest is this number
 * @param highRisk  the territories at the highest level, those no one works in first, then by rank
 * @param all       every territory of the run, by rank, for the map and its table
 */
public record RunCoverage(ModelRun run, int levels, List<CoveredTerritory> highRisk, List<CoveredTerritory> all) {

    public RunCoverage {
        highRisk = List.copyOf(highRisk);
        all = List.copyOf(all);
    }

    /** The high-risk territories no project or activity works in. */
    public List<CoveredTerritory> gaps() {
        return highRisk.stream().filter(CoveredTerritory::isGap).toList();
    }

    /** The high-risk territories someone works in. */
    public List<CoveredTerritory> covered() {
        return highRisk.stream().filter(t -> !t.isGap()).toList();
    }
}
