package org.labourhub.riskmaps.coverage;

import org.labourhub.platform.i18n.MultilingualText;

/**
 * A project or a plan's activity working in a territory, as the coverage pages link to it.
 *
 * @param planId   the activity's plan; null for a project
 * @param draft    a project entry not yet published, or an activity of a draft plan, which only some readers see
 * @param training part of the fictional training data
 */
public record Intervention(Kind kind, long id, Long planId, MultilingualText title, boolean draft, boolean training) {

    public enum Kind { PROJECT, ACTIVITY }

    /** The page of the project or activity. */
    public String link() {
        return kind == Kind.PROJECT ? "/projects/" + id : "/plans/" + planId + "/activities/" + id;
    }
}
