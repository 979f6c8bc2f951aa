package org.labourhub.riskmaps;

/**
 * A result its maker keeps to themselves, shares with the country's focal points or the secretariat publishes: a
 * model run, a vulnerability index. {@link RiskmapsPolicy} decides who sees and who shares it by these alone.
 */
public interface SharedResult {

    String country();

    String startedBy();

    RunVisibility visibility();

    /** Whether it has results to show and share (a run under way or failed has none). */
    default boolean isFinished() {
        return true;
    }
}
