package org.labourhub.directory;

import org.labourhub.platform.i18n.MultilingualText;
import org.labourhub.platform.workflow.PublicationState;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A government focal point's change of its country's profile, kept apart from the published profile until the
 * secretariat validates and publishes it, or sends it back to draft with a comment that the focal point reads before
 * submitting again: the way the projects module treats the countries' own entries. The secretariat's own edits
 * publish directly and make no revision.
 *
 * @param basedOn the version of the published profile the change was written against
 */
record CountryRevision(Long id, String iso2, MultilingualText summary, Long labourMinistryId, PublicationState state,
                       int basedOn, String writtenBy, OffsetDateTime submittedAt, String reviewedBy,
                       OffsetDateTime reviewedAt, String reviewComment, int version) {

    static final int MAX_COMMENT = 2000;

    CountryRevision {
        Objects.requireNonNull(iso2, "country");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(writtenBy, "written by");
    }

    static CountryRevision draft(CountryProfile proposed, String by) {
        return new CountryRevision(null, proposed.iso2(), proposed.summary(), proposed.labourMinistryId(),
                PublicationState.DRAFT, proposed.version(), by, null, null, null, null, 0);
    }

    /** The focal point changes its draft (one sent back too: the secretariat's comment stays until it is resubmitted). */
    CountryRevision rewritten(CountryProfile proposed, String by) {
        if (state != PublicationState.DRAFT) {
            throw new IllegalStateException("A " + state + " change of " + iso2 + " is no longer rewritten");
        }
        return new CountryRevision(id, iso2, proposed.summary(), proposed.labourMinistryId(), state, basedOn, by,
                submittedAt, reviewedBy, reviewedAt, reviewComment, version);
    }

    CountryRevision submitted(OffsetDateTime at) {
        return new CountryRevision(id, iso2, summary, labourMinistryId, state.moveTo(PublicationState.SUBMITTED), basedOn,
                writtenBy, at, reviewedBy, reviewedAt, reviewComment, version);
    }

    /** Validated and published in one step by the secretariat: the public page shows it from then on. */
    CountryRevision published(String reviewer, OffsetDateTime at) {
        PublicationState validated = state == PublicationState.VALIDATED ? state : state.moveTo(PublicationState.VALIDATED);
        PublicationState next = validated.moveTo(PublicationState.PUBLISHED);
        return new CountryRevision(id, iso2, summary, labourMinistryId, next, basedOn, writtenBy, submittedAt, reviewer,
                at, reviewComment, version);
    }

    /** Back to the focal point as a draft, with the secretariat's comment. */
    CountryRevision sentBack(String reviewer, OffsetDateTime at, String comment) {
        if (!isComment(comment)) {
            throw new IllegalArgumentException("A change sent back needs a comment of 1 to " + MAX_COMMENT + " characters");
        }
        return new CountryRevision(id, iso2, summary, labourMinistryId, state.moveTo(PublicationState.DRAFT), basedOn,
                writtenBy, submittedAt, reviewer, at, comment.strip(), version);
    }

    /** The profile as it would read once published over the one at {@code publishedVersion}. */
    CountryProfile proposed(int publishedVersion) {
        return new CountryProfile(iso2, summary, labourMinistryId, publishedVersion);
    }

    public boolean isAwaitingValidation() {
        return state == PublicationState.SUBMITTED || state == PublicationState.VALIDATED;
    }

    static boolean isComment(String comment) {
        return comment != null && !comment.isBlank() && comment.strip().length() <= MAX_COMMENT;
    }
}
