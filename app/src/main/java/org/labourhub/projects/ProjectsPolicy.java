package org.labourhub.projects;

import org.labourhub.accounts.Actor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Decides every write in the projects module. The secretariat imports, merges, validates and publishes; a focal
 * point keeps its own country's entries while they are drafts, and submits them.
 */
@Component
public class ProjectsPolicy {

    public boolean mayImport(Actor actor) {
        return actor.maintainsEverything();
    }

    public boolean mayReviewDuplicates(Actor actor) {
        return actor.maintainsEverything();
    }

    public boolean mayMaintainReferenceData(Actor actor) {
        return actor.maintainsEverything();
    }

    /** Whether the actor may start an entry for this country. */
    public boolean mayEnterFor(Actor actor, String country) {
        return actor.maintainsEverything() || actor.isFocalPointOf(country);
    }

    /** Whether the actor may change an entry of this country in this state. */
    public boolean mayEdit(Actor actor, String country, EntryState state) {
        if (actor.maintainsEverything()) {
            return true;
        }
        return actor.isFocalPointOf(country) && state == EntryState.DRAFT;
    }

    /** Whether the actor may move an entry of this country from its state to the next. */
    public boolean mayMove(Actor actor, String country, EntryState from, EntryState to) {
        if (!from.canMoveTo(to)) {
            return false;
        }
        if (actor.maintainsEverything()) {
            return true;
        }
        return actor.isFocalPointOf(country) && from == EntryState.DRAFT && to == EntryState.SUBMITTED;
    }

    /** Whether the actor may read an entry that is not yet published. */
    public boolean mayReadUnpublished(Actor actor, String country) {
        return actor.maintainsEverything() || actor.isFocalPointOf(country);
    }

    public static void require(boolean allowed, String what) {
        if (!allowed) {
            throw new AccessDeniedException(what);
        }
    }
}
