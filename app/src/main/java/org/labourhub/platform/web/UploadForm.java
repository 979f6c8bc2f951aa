package org.labourhub.platform.web;

/**
 * A form that uploads files, declared by the module that has it: an upload to a path under {@code action} that is
 * too large goes back to {@code page} when the browser did not say which page it came from.
 */
public record UploadForm(String action, String page) {

    public UploadForm {
        if (!action.startsWith("/") || !page.startsWith("/")) {
            throw new IllegalArgumentException("Upload form paths start with /: " + action + ", " + page);
        }
    }
}
