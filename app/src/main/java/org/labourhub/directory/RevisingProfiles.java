package org.labourhub.directory;

import org.labourhub.accounts.Actor;
import org.labourhub.accounts.AuditTrail;
import org.labourhub.platform.web.ConcurrentEdit;
import org.labourhub.platform.workflow.PublicationState;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A country profile changed through its form, and the steps of a focal point's change: the secretariat's own edit
 * publishes directly; a government focal point's edit is kept as a draft of the country's one pending change, which
 * it submits; the secretariat validates and publishes it, or sends it back to draft with a comment. Every step is
 * checked against the version its page showed ({@link ConcurrentEdit} otherwise) and audited.
 */
@Component
class RevisingProfiles {

    private static final String AUDITED = "directory.country-revision";

    private final CountryRevisions revisions;
    private final Countries countries;
    private final DirectoryScope scope;
    private final DirectoryPolicy policy;
    private final AuditTrail audit;

    RevisingProfiles(CountryRevisions revisions, Countries countries, DirectoryScope scope, DirectoryPolicy policy,
                     AuditTrail audit) {
        this.revisions = revisions;
        this.countries = countries;
        this.scope = scope;
        this.policy = policy;
        this.audit = audit;
    }

    /**
     * Saves the form: published at once by the secretariat (empty), else as the focal point's pending change (its id),
     * submitted to the secretariat if {@code send}. {@code revisionId} is the change the form was opened on (null: the
     * published profile, read at {@code proposed.version()}); the form's version is that change's.
     */
    @Transactional
    Optional<Long> save(CountryProfile proposed, Long revisionId, boolean send) {
        Actor actor = Actor.current();
        scope.checkProfile(actor, proposed.iso2());
        if (policy.mayPublishProfile(actor)) {
            countries.updateProfile(proposed);
            return Optional.empty();
        }
        Optional<CountryRevision> pending = revisions.pending(proposed.iso2());
        long id;
        if (pending.isEmpty()) {
            if (revisionId != null || published(proposed.iso2()).version() != proposed.version()) {
                throw new ConcurrentEdit("country", proposed.iso2());
            }
            id = revisions.add(CountryRevision.draft(proposed, actor.username()));
            audit.created(AUDITED, id, revisions.byId(id));
        } else {
            CountryRevision before = pending.get();
            if (!before.id().equals(revisionId) || before.version() != proposed.version()
                    || before.state() != PublicationState.DRAFT) {
                throw new ConcurrentEdit("country profile change", before.id());
            }
            id = before.id();
            revisions.save(before.rewritten(proposed, actor.username()));
            audit.updated(AUDITED, id, before, revisions.byId(id));
        }
        if (send) {
            submit(id, revisions.byId(id).version());
        }
        return Optional.of(id);
    }

    /** The focal point (or the secretariat for it) sends a draft to the secretariat. */
    @Transactional
    void submit(long id, int version) {
        CountryRevision before = revisions.byId(id);
        scope.checkProfile(Actor.current(), before.iso2());
        requireAt(before, version, PublicationState.SUBMITTED);
        record(before, before.submitted(OffsetDateTime.now()));
    }

    /** The secretariat validates a submitted change and publishes it over the profile as it stands now. */
    @Transactional
    void publish(long id, int version) {
        CountryRevision before = revisions.byId(id);
        scope.checkPublishesProfile(Actor.current(), before.iso2());
        if (before.version() != version || !before.isAwaitingValidation()) {
            throw new ConcurrentEdit("country profile change", id);
        }
        CountryRevision after = before.published(Actor.current().username(), OffsetDateTime.now());
        record(before, after);
        countries.updateProfile(after.proposed(published(before.iso2()).version()));
    }

    /** The secretariat sends a submitted change back to the focal point as a draft, saying why. */
    @Transactional
    void sendBack(long id, int version, String comment) {
        CountryRevision before = revisions.byId(id);
        scope.checkPublishesProfile(Actor.current(), before.iso2());
        if (!before.isAwaitingValidation()) {
            throw new ConcurrentEdit("country profile change", id);
        }
        requireAt(before, version, PublicationState.DRAFT);
        record(before, before.sentBack(Actor.current().username(), OffsetDateTime.now(), comment));
    }

    /** Refuses a step from a page that showed another version, or that the change's state no longer allows. */
    private static void requireAt(CountryRevision current, int version, PublicationState next) {
        if (current.version() != version || !current.state().canMoveTo(next)) {
            throw new ConcurrentEdit("country profile change", current.id());
        }
    }

    private void record(CountryRevision before, CountryRevision after) {
        revisions.save(after);
        audit.updated(AUDITED, before.id(), before, revisions.byId(before.id()));
    }

    private CountryProfile published(String iso2) {
        return countries.profile(new CountryCode(iso2)).orElseThrow();
    }
}
