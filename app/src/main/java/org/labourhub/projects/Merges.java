package org.labourhub.projects;

import org.labourhub.accounts.Actor;
import org.labourhub.accounts.AuditTrail;
import org.labourhub.platform.web.RecordNotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Merging two records of one project: the merged record stays, with its own provenance, pointing to the kept one,
 * which shows every source record of both; lists and search show only the kept one. Undoing clears the pointer.
 */
@Component
class Merges {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ProjectsPolicy policy;
    private final ProjectSearch search;

    Merges(JdbcClient jdbc, AuditTrail audit, ProjectsPolicy policy, ProjectSearch search) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.policy = policy;
        this.search = search;
    }

    /** One merge as the review screen lists it. */
    record Merge(long id, long keptId, long mergedId, OffsetDateTime mergedAt, String mergedBy, OffsetDateTime undoneAt,
                 String undoneBy) {
    }

    @Transactional
    long merge(long keptId, long mergedId) {
        ProjectsPolicy.require(policy.mayReviewDuplicates(Actor.current()), "merge");
        if (keptId == mergedId) {
            throw new IllegalArgumentException("A project cannot be merged into itself");
        }
        int moved = jdbc.sql("""
                update projects.project set merged_into = ?, version = version + 1
                where id = ? and merged_into is null
                  and exists (select 1 from projects.project k where k.id = ? and k.merged_into is null)""")
                .params(keptId, mergedId, keptId).update();
        if (moved == 0) {
            throw new RecordNotFound("unmerged project pair", keptId + "/" + mergedId);
        }
        // projects earlier merged into the one now merged follow it, so no chain is left behind
        jdbc.sql("update projects.project set merged_into = ? where merged_into = ?").params(keptId, mergedId).update();
        long id = jdbc.sql("insert into projects.merge (kept_id, merged_id, merged_by) values (?, ?, ?) returning id")
                .params(keptId, mergedId, Actor.current().username()).query(Long.class).single();
        audit.created("projects.merge", id, Map.of("kept", keptId, "merged", mergedId));
        search.forget();
        return id;
    }

    @Transactional
    void undo(long mergeId) {
        ProjectsPolicy.require(policy.mayReviewDuplicates(Actor.current()), "undo merge");
        Merge merge = find(mergeId);
        if (merge.undoneAt() != null) {
            return;
        }
        jdbc.sql("update projects.project set merged_into = null, version = version + 1 where id = ? and merged_into = ?")
                .params(merge.mergedId(), merge.keptId()).update();
        jdbc.sql("update projects.merge set undone_at = now(), undone_by = ? where id = ?")
                .params(Actor.current().username(), mergeId).update();
        audit.updated("projects.merge", mergeId, merge, find(mergeId));
        search.forget();
    }

    @Transactional
    void markDistinct(long first, long second) {
        ProjectsPolicy.require(policy.mayReviewDuplicates(Actor.current()), "mark distinct");
        long low = Math.min(first, second);
        long high = Math.max(first, second);
        int added = jdbc.sql("""
                insert into projects.distinct_pair (first_id, second_id, decided_by) values (?, ?, ?)
                on conflict do nothing""").params(low, high, Actor.current().username()).update();
        if (added > 0) {
            audit.created("projects.distinct_pair", low + "/" + high, Map.of("first", low, "second", high));
        }
    }

    Merge find(long id) {
        return jdbc.sql("select id, kept_id, merged_id, merged_at, merged_by, undone_at, undone_by from projects.merge where id = ?")
                .param(id).query(Merge.class).optional().orElseThrow(() -> new RecordNotFound("merge", id));
    }

    List<Merge> latest(Long projectId) {
        return jdbc.sql("""
                select id, kept_id, merged_id, merged_at, merged_by, undone_at, undone_by from projects.merge
                where cast(? as bigint) is null or kept_id = ? or merged_id = ? order by id desc limit 50""")
                .params(projectId, projectId, projectId).query(Merge.class).list();
    }
}
