package org.labourhub.directory;

import org.labourhub.accounts.Actor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may change what in the directory; every write asks here, and pages ask only to show or hide their edit
 * buttons. Administrators and the secretariat maintain everything; a focal point keeps its own country's profile,
 * organisations, people and focal points; analysts and anonymous readers only read.
 */
@Component
class DirectoryPolicy {

    /** Whether the actor may change the data of this country (its profile and what belongs to it). */
    boolean mayEditCountry(Actor actor, String iso2) {
        return actor.maintainsEverything() || (iso2 != null && actor.isFocalPointOf(iso2));
    }

    /** Whether the actor may change a record that belongs to no country (international bodies, networks, experts). */
    boolean mayEditShared(Actor actor) {
        return actor.maintainsEverything();
    }

    /** Whether the actor may change a record of this country, or with no country (then only shared maintainers). */
    boolean mayEditRecordOf(Actor actor, String iso2) {
        return iso2 == null ? mayEditShared(actor) : mayEditCountry(actor, iso2);
    }

    /** Whether the actor may add anything at all (to show "new" buttons). */
    boolean mayAdd(Actor actor) {
        return actor.maintainsEverything() || actor.country().isPresent();
    }

    void checkCountry(Actor actor, String iso2) {
        if (!mayEditCountry(actor, iso2)) {
            throw refused(actor, "the data of country " + iso2);
        }
    }

    /** Refuses unless the actor may change records of both the stored and the requested country. */
    void checkRecordOf(Actor actor, String... iso2s) {
        for (String iso2 : iso2s) {
            if (!mayEditRecordOf(actor, iso2)) {
                throw refused(actor, iso2 == null ? "records that belong to no country" : "records of country " + iso2);
            }
        }
    }

    private static AccessDeniedException refused(Actor actor, String what) {
        return new AccessDeniedException(actor.username() + " may not change " + what);
    }
}
