package org.labourhub.platform.workflow;

import java.util.Set;

/**
 * The way a country's own contribution is published, whichever module keeps it: a focal point writes a draft and
 * submits it; the secretariat validates and publishes it, or sends it back to draft with a comment. The same steps,
 * with the same words (messages {@code platform.publication.*}), as the projects module's country entries.
 */
public enum PublicationState {
    DRAFT, SUBMITTED, VALIDATED, PUBLISHED;

    public boolean canMoveTo(PublicationState next) {
        return switch (this) {
            case DRAFT -> next == SUBMITTED;
            case SUBMITTED -> Set.of(VALIDATED, DRAFT).contains(next);
            case VALIDATED -> Set.of(PUBLISHED, DRAFT).contains(next);
            case PUBLISHED -> next == DRAFT;
        };
    }

    /** Refuses a step the way does not allow, naming both ends for the log. */
    public PublicationState moveTo(PublicationState next) {
        if (!canMoveTo(next)) {
            throw new IllegalStateException("Cannot go from " + this + " to " + next);
        }
        return next;
    }

    /** Written and not yet published: the secretariat still has to see it, or the focal point to finish it. */
    public boolean isPending() {
        return this != PUBLISHED;
    }
}
