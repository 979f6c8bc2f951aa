package org.labourhub.risk.uncertainty;

/**
 * Simulation intervals per territory: the 90 % interval of the rate and of the rank (1 = highest rate), the
 * point rank, and the probability that the territory is at the high level.
 */
public record Intervals(double[] rateLow, double[] rateHigh, int[] rank, double[] rankLow, double[] rankHigh,
                        double[] probabilityHigh, int draws) {
}
