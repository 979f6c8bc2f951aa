package org.labourhub.directory;

import org.labourhub.accounts.Actor;
import org.labourhub.platform.Constituency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Applies {@link DirectoryPolicy} to stored and requested records: looks up the organisations and focal-point roles
 * a decision needs, then asks the policy. Writes call the {@code check…} methods, pages the {@code may…} ones.
 */
@Component
class DirectoryScope {

    private final JdbcClient jdbc;
    private final DirectoryPolicy policy;

    DirectoryScope(JdbcClient jdbc, DirectoryPolicy policy) {
        this.jdbc = jdbc;
        this.policy = policy;
    }

    boolean mayEdit(Actor actor, Organisation o) {
        return policy.mayEditOrganisation(actor, o.type(), o.countryIso2());
    }

    boolean mayEdit(Actor actor, Person p) {
        return p.id() != null && policy.mayEditPerson(actor, p.countryIso2(), organisation(p.organisationId()), roles(p.id()));
    }

    boolean mayEdit(Actor actor, Person holder, FocalPointRow role) {
        return policy.mayEditRole(actor, role.countryIso2(), role.constituency()) && mayEdit(actor, holder);
    }

    void checkMayEdit(Actor actor, Organisation o) {
        DirectoryPolicy.require(mayEdit(actor, o), actor, "organisation " + o.id());
    }

    void checkMayEdit(Actor actor, Person p) {
        DirectoryPolicy.require(mayEdit(actor, p), actor, "person " + p.id());
    }

    void checkMayEdit(Actor actor, Person holder, FocalPoint role) {
        checkMayEdit(actor, holder);
        DirectoryPolicy.require(policy.mayEditRole(actor, role.countryIso2(), role.constituency()), actor,
                "focal point " + role.id());
    }

    /** Adding ({@code stored} null) or changing an organisation; a new or changed parent must be within scope too. */
    void checkOrganisation(Actor actor, Organisation stored, Organisation requested) {
        if (stored != null) {
            checkMayEdit(actor, stored);
        }
        DirectoryPolicy.require(mayEdit(actor, requested), actor,
                "an organisation of type " + requested.type() + " and country " + requested.countryIso2());
        Long parentId = requested.parentId();
        if (parentId != null && (stored == null || !parentId.equals(stored.parentId()))) {
            OrganisationRef parent = organisation(parentId);
            DirectoryPolicy.require(parent == null || policy.mayEditOrganisation(actor, parent.type(), parent.countryIso2()),
                    actor, "organisation " + parentId + " (as parent)");
        }
    }

    /** Adding ({@code stored} null) or changing a person: the stored and the requested person within scope. */
    void checkPerson(Actor actor, Person stored, Person requested) {
        if (stored != null) {
            checkMayEdit(actor, stored);
        }
        List<FocalPoint> roles = requested.id() == null ? List.of() : roles(requested.id());
        DirectoryPolicy.require(policy.mayEditPerson(actor, requested.countryIso2(),
                organisation(requested.organisationId()), roles), actor,
                "a person of country " + requested.countryIso2() + " in organisation " + requested.organisationId());
    }

    /** Naming a person focal point ({@code stored} null) or changing the role: person and both roles within scope. */
    void checkRole(Actor actor, FocalPoint stored, FocalPoint requested) {
        Person holder = person(requested.personId());
        DirectoryPolicy.require(holder != null && mayEdit(actor, holder), actor, "person " + requested.personId());
        if (stored != null) {
            DirectoryPolicy.require(stored.personId() == requested.personId()
                    && policy.mayEditRole(actor, stored.countryIso2(), stored.constituency()), actor, "focal point " + stored.id());
        }
        DirectoryPolicy.require(policy.mayEditRole(actor, requested.countryIso2(), requested.constituency()), actor,
                "a focal point of " + requested.countryIso2() + " for " + requested.constituency());
    }

    void checkProfile(Actor actor, String iso2) {
        DirectoryPolicy.require(policy.mayEditProfile(actor, iso2), actor, "the profile of country " + iso2);
    }

    void checkPublishesProfile(Actor actor, String iso2) {
        DirectoryPolicy.require(policy.mayPublishProfile(actor), actor, "the published profile of country " + iso2);
    }

    private OrganisationRef organisation(Long id) {
        return id == null ? null : jdbc.sql("select " + Organisations.REF_COLUMNS + " from directory.organisation o where o.id = ?")
                .param(id).query(Organisations::ref).optional().orElse(null);
    }

    private Person person(long id) {
        return jdbc.sql("select id, organisation_id, country_iso2 from directory.person where id = ?").param(id)
                .query((rs, n) -> new Person(rs.getLong("id"), null, null, Rows.nullableLong(rs, "organisation_id"),
                        rs.getString("country_iso2"), List.of(), null, null, 0))
                .optional().orElse(null);
    }

    private List<FocalPoint> roles(long personId) {
        return jdbc.sql("select id, person_id, country_iso2, constituency from directory.focal_point where person_id = ?")
                .param(personId)
                .query((rs, n) -> new FocalPoint(rs.getLong("id"), rs.getLong("person_id"), rs.getString("country_iso2"),
                        Constituency.valueOf(rs.getString("constituency")), null, null, 0))
                .list();
    }
}
