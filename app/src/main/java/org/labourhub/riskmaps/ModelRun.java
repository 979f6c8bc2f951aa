package org.labourhub.riskmaps;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A run of the risk model for one country: what went in, where it stands, and who may see its results.
 *
 * @param problemKey  why it failed or stopped (a message key of this module), with {@code problemArgs}
 * @param synthetic   made on synthetic data (the demo's), which every page of it says
 */
public record ModelRun(long id, String country, String title, Long surveyId, Long censusId, Long boundarySetId,
                       RunInputs inputs, RunState state, String stage, Long jobId, String problemKey,
                       List<String> problemArgs, RunVisibility visibility, String startedBy,
                       OffsetDateTime startedAt, OffsetDateTime finishedAt, OffsetDateTime sharedAt,
                       OffsetDateTime publishedAt, boolean synthetic, int version)
        implements SharedResult {

    public ModelRun {
        problemArgs = problemArgs == null ? List.of() : List.copyOf(problemArgs);
    }

    @Override
    public boolean isFinished() {
        return state == RunState.FINISHED;
    }
}
