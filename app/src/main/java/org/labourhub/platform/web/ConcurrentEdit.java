package org.labourhub.platform.web;

/**
 * Thrown when a record changed since the editor opened it (its version moved on). The form is shown again with
 * the editor's input kept and a message to reload, so that nobody's change is silently overwritten.
 */
public class ConcurrentEdit extends RuntimeException {

    public ConcurrentEdit(String recordType, Object id) {
        super(recordType + " " + id + " was changed by someone else");
    }
}
