package org.labourhub.projects.duplicates;

/**
 * A merge or its undoing that would overwrite what someone else did meanwhile: {@code reason} names the message
 * under {@code projects.merge.conflict.} that tells the reader what happened and what to do.
 */
class MergeConflict extends RuntimeException {

    private final String reason;

    MergeConflict(String reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    String reason() {
        return reason;
    }
}
