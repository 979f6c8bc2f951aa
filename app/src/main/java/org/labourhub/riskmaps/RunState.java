package org.labourhub.riskmaps;

/**
 * Where a model run stands. A run that stopped after the harmonisation check ({@code CHECKED}) or failed published
 * nothing; only a finished run has results.
 */
public enum RunState {
    QUEUED, RUNNING, CHECKED, FAILED, FINISHED;

    public boolean isUnderWay() {
        return this == QUEUED || this == RUNNING;
    }
}
