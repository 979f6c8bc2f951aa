package org.labourhub.directory;

import org.labourhub.accounts.Actor;
import org.labourhub.accounts.Role;
import org.labourhub.platform.Constituency;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Optional;

/**
 * Who may change what in the directory; every write asks here (through {@link DirectoryScope}, which looks up the
 * records a decision needs), and pages ask only to show or hide their edit buttons. The rules:
 * <ul>
 *   <li>Administrators and the secretariat maintain everything, including the records of no country
 *       (international bodies, networks, experts). Analysts and anonymous readers change nothing.</li>
 *   <li>A focal point changes only records of its own country <em>and</em> its own constituency.</li>
 *   <li>An organisation's constituency follows from its type: ministries of labour and other ministries are the
 *       government's, and so are national donor (cooperation) agencies, which are government bodies; employers'
 *       organisations are the employers'; workers' organisations the workers'. Civil society, academia and
 *       international organisations speak for no constituency: only the secretariat keeps them.</li>
 *   <li>A person is within a focal point's scope when the person is of its country, the person's organisation (if
 *       any) is within its scope, and every focal-point role the person holds is of its country and constituency.
 *       A person of its country with neither organisation nor role may be kept by any focal point of the country.</li>
 *   <li>A focal-point role is within scope when it is of the focal point's country and constituency, and the person
 *       who holds it is within scope.</li>
 *   <li>The country profile is kept by the government focal point of that country, whose change waits as a draft
 *       and then as submitted until the secretariat validates and publishes it or sends it back; the
 *       secretariat's own edits publish directly (the rule of the projects module's country entries).</li>
 *   <li>A person's e-mail and phone are shown only to those who may see them ({@link #mayReadContacts}).</li>
 *   <li>No write attaches a record to one outside the actor's scope: both the stored and the requested values
 *       (country, organisation, parent organisation, role) must be within it.</li>
 * </ul>
 */
@Component
class DirectoryPolicy {

    /** The constituency an organisation of this type speaks for; empty for bodies only the secretariat keeps. */
    static Optional<Constituency> constituencyOf(OrganisationType type) {
        return Optional.ofNullable(switch (type) {
            case MINISTRY_OF_LABOUR, OTHER_MINISTRY, DONOR_AGENCY -> Constituency.GOVERNMENT;
            case EMPLOYERS -> Constituency.EMPLOYERS;
            case WORKERS -> Constituency.WORKERS;
            case INTERNATIONAL, CIVIL_SOCIETY, ACADEMIA -> null;
        });
    }

    /** Whether the actor may add records of this country at all (the countries offered in its forms). */
    boolean mayWorkIn(Actor actor, String iso2) {
        return actor.maintainsEverything() || (iso2 != null && actor.isFocalPointOf(iso2));
    }

    /** Whether the actor may choose "no country" (records that belong to no country are shared). */
    boolean mayEditShared(Actor actor) {
        return actor.maintainsEverything();
    }

    /** Whether the actor may put a record in this country, or (null) in no country: checked before a form is read. */
    boolean mayAddTo(Actor actor, String iso2) {
        return iso2 == null ? mayEditShared(actor) : mayWorkIn(actor, iso2);
    }

    /** Refuses a form whose country the actor may not put records in, before the form is read. */
    void checkMayAddTo(Actor actor, String iso2) {
        require(mayAddTo(actor, iso2), actor, iso2 == null ? "records of no country" : "records of country " + iso2);
    }

    /**
     * Whether the actor may read a person's e-mail and phone: the secretariat and administrators, and the focal points
     * of the person's country (any constituency: the tripartite partners of one country work together). Anonymous
     * readers, analysts and focal points of other countries see the person without contact details.
     */
    boolean mayReadContacts(Actor actor, String iso2) {
        return mayWorkIn(actor, iso2);
    }

    /** Whether the actor may add anything at all (to show "new" buttons). */
    boolean mayAdd(Actor actor) {
        return actor.maintainsEverything() || (actor.is(Role.FOCAL_POINT) && actor.country().isPresent());
    }

    /** The country profile: the secretariat, or the government focal point of that country. */
    boolean mayEditProfile(Actor actor, String iso2) {
        return mayEditRole(actor, iso2, Constituency.GOVERNMENT);
    }

    /** Publishing a country profile: its own edits, or a focal point's change once validated. */
    boolean mayPublishProfile(Actor actor) {
        return actor.maintainsEverything();
    }

    /** An organisation of this type and country (null: of no country). */
    boolean mayEditOrganisation(Actor actor, OrganisationType type, String iso2) {
        if (actor.maintainsEverything()) {
            return true;
        }
        return type != null && mayWorkIn(actor, iso2) && constituencyOf(type).map(actor.constituency()::equals).orElse(false);
    }

    /** A focal-point role of this country and constituency, leaving aside who holds it. */
    boolean mayEditRole(Actor actor, String iso2, Constituency constituency) {
        return actor.maintainsEverything() || (mayWorkIn(actor, iso2) && constituency == actor.constituency());
    }

    /**
     * A person of this country, in this organisation (null: none), holding these focal-point roles.
     */
    boolean mayEditPerson(Actor actor, String iso2, OrganisationRef organisation, Collection<FocalPoint> roles) {
        if (actor.maintainsEverything()) {
            return true;
        }
        return mayWorkIn(actor, iso2)
                && (organisation == null || mayEditOrganisation(actor, organisation.type(), organisation.countryIso2()))
                && roles.stream().allMatch(r -> mayEditRole(actor, r.countryIso2(), r.constituency()));
    }

    /** Refuses with a message for the log; the reader sees the "not allowed" page in their language. */
    static void require(boolean allowed, Actor actor, String what) {
        if (!allowed) {
            throw new AccessDeniedException(actor.username() + " may not change " + what);
        }
    }
}
