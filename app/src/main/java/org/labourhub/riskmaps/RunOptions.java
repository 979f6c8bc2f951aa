package org.labourhub.riskmaps;

/**
 * How a run is made beyond its files, mapping and definition.
 *
 * @param levels           how many risk levels the territories are grouped into
 * @param levelMethod      the engine's classification method ({@code NATURAL_BREAKS}, {@code QUANTILES}, …)
 * @param draws            simulated coefficient vectors for the intervals
 * @param seed             the simulation's seed, so that a run can be made again with the same intervals
 * @param blankOutcomes    {@code REFUSE}: a blank labour variable stops the run; {@code REPORT}: those children are
 *                         left out and counted
 * @param stopOnGap        stop after the harmonisation check when a covariate's distributions differ too much
 * @param maxShareGap      the gap between survey and census above which a covariate is flagged
 */
public record RunOptions(int levels, String levelMethod, int draws, long seed, String blankOutcomes,
                         boolean stopOnGap, double maxShareGap) {

    public static RunOptions standard() {
        return new RunOptions(3, "NATURAL_BREAKS", 200, 20180101L, "REFUSE", false, 0.05);
    }
}
