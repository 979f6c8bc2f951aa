package org.labourhub.projects;

import org.labourhub.accounts.AuditTrail;
import org.labourhub.directory.Directory;
import org.labourhub.directory.OrganisationNamed;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Links the participants already written to an organisation the directory has just added or renamed, when their
 * name now names it (see {@link ParticipantLinks}); participants written later are linked as they are written. Runs in
 * the directory's transaction, so the link is made, and audited under the same user, with the change that causes it.
 */
@Component
class ParticipantLinking {

    private final JdbcClient jdbc;
    private final Directory directory;
    private final AuditTrail audit;

    ParticipantLinking(JdbcClient jdbc, Directory directory, AuditTrail audit) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.audit = audit;
    }

    @EventListener
    void on(OrganisationNamed named) {
        var links = ParticipantLinks.of(directory.organisations());
        List<String> names = jdbc.sql("select distinct name from projects.participant where organisation_id is null")
                .query(String.class).list().stream()
                .filter(name -> Objects.equals(links.organisationNamed(name), named.id()))
                .toList();
        if (names.isEmpty()) {
            return;
        }
        int linked = jdbc.sql("update projects.participant set organisation_id = ? where organisation_id is null and name = any(?)")
                .params(named.id(), names.toArray(String[]::new)).update();
        audit.updated("projects.participant", "organisation-" + named.id(), Map.of("names", names, "linked", 0),
                Map.of("names", names, "linked", linked, "organisation", named.id()));
    }
}
