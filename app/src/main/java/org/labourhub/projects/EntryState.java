package org.labourhub.projects;

import java.util.Set;

/** A country's own entry goes draft → submitted → validated → published; the secretariat may send it back to draft. */
public enum EntryState {
    DRAFT, SUBMITTED, VALIDATED, PUBLISHED;

    public boolean canMoveTo(EntryState next) {
        return switch (this) {
            case DRAFT -> next == SUBMITTED;
            case SUBMITTED -> Set.of(VALIDATED, DRAFT).contains(next);
            case VALIDATED -> Set.of(PUBLISHED, DRAFT).contains(next);
            case PUBLISHED -> next == DRAFT;
        };
    }
}
