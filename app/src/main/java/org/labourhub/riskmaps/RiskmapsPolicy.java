package org.labourhub.riskmaps;

import org.labourhub.accounts.Actor;
import org.labourhub.accounts.Role;
import org.labourhub.platform.Constituency;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Decides every read and write of the risk maps. Analysts, the secretariat and a country's government focal point
 * upload that country's data and run the model. Raw microdata is seen only by its uploader and the secretariat. A
 * run's results are seen by its runner and the secretariat; once shared, also by the focal points of the country's
 * three constituencies and by analysts; once published by the secretariat, by everyone.
 */
@Component
public class RiskmapsPolicy {

    /** Whether the actor may upload data, save mappings and definitions, and start runs for this country. */
    public boolean mayRunFor(Actor actor, String country) {
        if (actor.isAnonymous()) {
            return false;
        }
        return actor.maintainsEverything() || actor.is(Role.ANALYST)
                || actor.isFocalPointOf(country) && actor.constituency() == Constituency.GOVERNMENT;
    }

    /** Whether the actor may see the page of some country's datasets and runs at all (what it lists is filtered). */
    public boolean mayWorkWithData(Actor actor) {
        return actor.maintainsEverything() || actor.is(Role.ANALYST)
                || actor.is(Role.FOCAL_POINT) && actor.constituency() == Constituency.GOVERNMENT;
    }

    /** Whether the actor may see a dataset's values (its variables' examples) and use it in a run. */
    public boolean mayReadMicrodata(Actor actor, Dataset dataset) {
        return !actor.isAnonymous() && (actor.maintainsEverything() || actor.username().equals(dataset.uploadedBy()));
    }

    /** Whether the actor may delete a dataset's microdata (the runs made from it keep their results). */
    public boolean mayDeleteMicrodata(Actor actor, Dataset dataset) {
        return mayReadMicrodata(actor, dataset);
    }

    /**
     * Whether the actor may see this run (its progress while it runs, its results once finished) or this
     * vulnerability index: the same rule for both.
     */
    public boolean maySee(Actor actor, SharedResult run) {
        if (run.visibility() == RunVisibility.PUBLISHED) {
            return true;
        }
        if (actor.isAnonymous()) {
            return false;
        }
        if (actor.maintainsEverything() || actor.username().equals(run.startedBy())) {
            return true;
        }
        return run.visibility() == RunVisibility.SHARED
                && (actor.is(Role.ANALYST) || actor.isFocalPointOf(run.country()));
    }

    /** Whether the actor may share a finished run or an index with the country's focal points, or take it back. */
    public boolean mayShare(Actor actor, SharedResult run) {
        return run.isFinished() && run.visibility() != RunVisibility.PUBLISHED && !actor.isAnonymous()
                && (actor.maintainsEverything() || actor.username().equals(run.startedBy()));
    }

    /** Whether the actor may publish a finished run or an index to everyone, or withdraw it. */
    public boolean mayPublish(Actor actor, SharedResult run) {
        return run.isFinished() && actor.maintainsEverything();
    }

    /** Whether the actor may upload and replace boundary files. */
    public boolean mayMaintainBoundaries(Actor actor) {
        return actor.maintainsEverything() || actor.is(Role.ANALYST);
    }

    public static void require(boolean allowed, String what) {
        if (!allowed) {
            throw new AccessDeniedException(what);
        }
    }
}
