package org.labourhub.plans;

import org.labourhub.platform.Constituency;
import org.labourhub.platform.i18n.MultilingualText;

import java.util.Objects;

/**
 * Something a plan asks an organisation to do: its calendar, status and resources (available and missing), what
 * was carried out and what is planned, and optionally the cooperation project that funds it (a plain reference to
 * the projects module, which is being built alongside). The status is null when the source states none.
 */
public record Activity(Long id, long planId, long elementId, String number, MultilingualText title,
                MultilingualText description, Calendar calendar, ActivityStatus status, Constituency constituency,
                MultilingualText resourcesAvailable, MultilingualText resourcesMissing, MultilingualText carriedOut,
                MultilingualText planned, String projectRef, int version) {

    public static final int MAX_PROJECT_REF = 100;

    public Activity {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(calendar, "calendar");
        if (projectRef != null && (projectRef.isBlank() || projectRef.length() > MAX_PROJECT_REF)) {
            throw new IllegalArgumentException("A project reference has 1 to " + MAX_PROJECT_REF + " characters");
        }
    }

    /** The same activity with the status its responsible organisation reported. */
    Activity withStatus(ActivityStatus reported) {
        return new Activity(id, planId, elementId, number, title, description, calendar, reported, constituency,
                resourcesAvailable, resourcesMissing, carriedOut, planned, projectRef, version);
    }
}
