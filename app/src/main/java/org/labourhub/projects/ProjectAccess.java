package org.labourhub.projects;

import org.labourhub.accounts.Actor;
import org.labourhub.platform.web.RecordNotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who may read a project: everyone once it is published, else the secretariat and the focal points of its country. */
@Component
public class ProjectAccess {

    private final JdbcClient jdbc;
    private final ProjectsPolicy policy;

    ProjectAccess(JdbcClient jdbc, ProjectsPolicy policy) {
        this.jdbc = jdbc;
        this.policy = policy;
    }

    /** The project's registry header, refusing an unpublished entry to anyone who may not read it. */
    public ProjectHeader readable(long id) {
        ProjectHeader header = jdbc.sql("""
                        select id, entry_state, entered_for, merged_into, version, updated_at, training
                        from projects.project where id = ?""").param(id).query(ProjectHeader.class).optional()
                .orElseThrow(() -> new RecordNotFound("project", id));
        if (header.entryState() != EntryState.PUBLISHED && !policy.mayReadUnpublished(Actor.current(), header.enteredFor())) {
            throw new AccessDeniedException("unpublished project " + id);
        }
        return header;
    }
}
