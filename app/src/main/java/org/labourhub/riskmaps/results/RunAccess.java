package org.labourhub.riskmaps.results;

import org.labourhub.accounts.Actor;
import org.labourhub.platform.web.RecordNotFound;
import org.labourhub.riskmaps.ModelRun;
import org.labourhub.riskmaps.ModelRuns;
import org.labourhub.riskmaps.RiskmapsPolicy;
import org.labourhub.riskmaps.RunSummary;
import org.springframework.stereotype.Component;

/**
 * The one way results pages, downloads and the API reach a run: a run the reader may not see is "not found", exactly
 * as one that does not exist, so that its existence is not revealed.
 */
@Component
public class RunAccess {

    private final ModelRuns runs;
    private final RiskmapsPolicy policy;

    RunAccess(ModelRuns runs, RiskmapsPolicy policy) {
        this.runs = runs;
        this.policy = policy;
    }

    /** The run, whatever its state, when the reader may see it. */
    public ModelRun visible(long id, Actor reader) {
        return runs.find(id).filter(r -> policy.maySee(reader, r))
                .orElseThrow(() -> new RecordNotFound("model-run", id));
    }

    /** The run when it finished and the reader may see it (only finished runs have territories). */
    public ModelRun finished(long id, Actor reader) {
        ModelRun run = visible(id, reader);
        if (!run.isFinished()) {
            throw new RecordNotFound("model-run", id);
        }
        return run;
    }

    /** What the run found apart from its territories; a run that ended before its check has none. */
    public RunSummary summary(ModelRun run) {
        return runs.summary(run.id()).orElseThrow(() -> new RecordNotFound("model-run", run.id()));
    }
}
