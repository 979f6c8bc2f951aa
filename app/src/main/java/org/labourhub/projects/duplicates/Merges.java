package org.labourhub.projects.duplicates;

import org.springframework.context.ApplicationEventPublisher;
import org.labourhub.accounts.Actor;
import org.labourhub.accounts.AuditTrail;
import org.labourhub.platform.i18n.MultilingualText;
import org.labourhub.platform.i18n.MultilingualTextJson;
import org.labourhub.platform.web.RecordNotFound;
import org.labourhub.projects.Project;
import org.labourhub.projects.ProjectSnapshot;
import org.labourhub.projects.ProjectStore;
import org.labourhub.projects.ProjectsChanged;
import org.labourhub.projects.ProjectsJson;
import org.labourhub.projects.ProjectsPolicy;
import org.labourhub.projects.duplicates.MergeField.Side;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Merging two records of one project. The kept record takes each field from the record the reader chose (or both
 * records' items, for lists); the merged record stays as it was, with its own provenance, pointing to the kept one,
 * which shows every source record of both; lists and search show only the kept one. The merge remembers the kept
 * record as it was, so undoing it restores both exactly. Both records' versions are checked, so that two people
 * merging the same pair, or a record changed meanwhile, never silently overwrite one another.
 */
@Component
class Merges {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ProjectsPolicy policy;
    private final ApplicationEventPublisher events;
    private final ProjectStore store;
    private final MergeRecords records;

    Merges(JdbcClient jdbc, AuditTrail audit, ProjectsPolicy policy, ApplicationEventPublisher events, ProjectStore store,
           MergeRecords records) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.policy = policy;
        this.events = events;
        this.store = store;
        this.records = records;
    }

    /** What the reader asked for: keep one record, merge the other into it, at the versions the comparison showed. */
    record Request(long keptId, long mergedId, int keptVersion, int mergedVersion, Map<MergeField, Side> choices) {
    }

    @Transactional
    long merge(Request request) {
        ProjectsPolicy.require(policy.mayReviewDuplicates(Actor.current()), "merge");
        long keptId = request.keptId();
        long mergedId = request.mergedId();
        if (keptId == mergedId) {
            throw new IllegalArgumentException("A project cannot be merged into itself");
        }
        lockUnmerged(Map.of(keptId, request.keptVersion(), mergedId, request.mergedVersion()));
        ProjectMerge.Record kept = records.record(keptId);
        ProjectMerge.Record merged = records.record(mergedId);
        var pair = new ProjectMerge(kept, merged);
        Map<MergeField, Side> choices = pair.settle(request.choices());
        Project result = pair.project(choices);
        store.rewrite(keptId, result);
        writeFacts(keptId, pair.facts(choices));
        jdbc.sql("update projects.project set merged_into = ?, version = version + 1 where id = ?").params(keptId, mergedId).update();
        // projects earlier merged into the one now merged follow it, so no chain is left behind
        List<Long> followers = jdbc.sql("update projects.project set merged_into = ? where merged_into = ? returning id")
                .params(keptId, mergedId).query(Long.class).list();
        Map<String, List<Long>> sources = fieldSources(pair, choices, keptId, mergedId);
        long id = jdbc.sql("""
                insert into projects.merge (kept_id, merged_id, merged_by, kept_before, kept_facts_before, kept_version,
                                            choices, field_sources, followers)
                values (?, ?, ?, cast(? as jsonb), cast(? as jsonb), (select version from projects.project where id = ?),
                        cast(? as jsonb), cast(? as jsonb), ?)
                returning id""")
                .params(keptId, mergedId, Actor.current().username(), ProjectsJson.write(kept.project()),
                        MultilingualTextJson.write(kept.facts()), keptId, ProjectsJson.write(choices), ProjectsJson.write(sources),
                        followers.toArray(Long[]::new))
                .query(Long.class).single();
        audit.created("projects.merge", id, Map.of("kept", keptId, "merged", mergedId, "choices", choices,
                "keptBefore", ProjectSnapshot.of(kept.project()), "keptAfter", ProjectSnapshot.of(result)));
        events.publishEvent(new ProjectsChanged());
        return id;
    }

    @Transactional
    void undo(long mergeId) {
        ProjectsPolicy.require(policy.mayReviewDuplicates(Actor.current()), "undo merge");
        Merge merge = find(mergeId);
        if (merge.undoneAt() != null) {
            return;
        }
        Saved saved = jdbc.sql("select kept_before::text, kept_facts_before::text, kept_version, followers from projects.merge where id = ?")
                .param(mergeId).query((rs, n) -> new Saved(rs.getString(1), rs.getString(2), (Integer) rs.getObject(3),
                        rs.getArray(4) == null ? new Long[0] : (Long[]) rs.getArray(4).getArray())).single();
        Integer version = jdbc.sql("select version from projects.project where id = ? and merged_into is null for update")
                .param(merge.keptId()).query(Integer.class).optional().orElse(null);
        if (saved.keptBefore() != null) {
            if (version == null || !version.equals(saved.keptVersion())) {
                throw new MergeConflict("changedSinceMerge", "project " + merge.keptId() + " changed after merge " + mergeId);
            }
            store.rewrite(merge.keptId(), ProjectsJson.JSON.readValue(saved.keptBefore(), Project.class));
            writeFacts(merge.keptId(), MultilingualTextJson.read(saved.keptFacts()));
        }
        jdbc.sql("update projects.project set merged_into = null, version = version + 1 where id = ? and merged_into = ?")
                .params(merge.mergedId(), merge.keptId()).update();
        jdbc.sql("update projects.project set merged_into = ? where id = any(?) and merged_into = ?")
                .params(merge.mergedId(), saved.followers(), merge.keptId()).update();
        jdbc.sql("update projects.merge set undone_at = now(), undone_by = ? where id = ?")
                .params(Actor.current().username(), mergeId).update();
        audit.updated("projects.merge", mergeId, merge, find(mergeId));
        events.publishEvent(new ProjectsChanged());
    }

    private record Saved(String keptBefore, String keptFacts, Integer keptVersion, Long[] followers) {
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

    /** One merge as the review screen lists it. */
    record Merge(long id, long keptId, long mergedId, OffsetDateTime mergedAt, String mergedBy, OffsetDateTime undoneAt,
                 String undoneBy) {
    }

    Merge find(long id) {
        return jdbc.sql("select id, kept_id, merged_id, merged_at, merged_by, undone_at, undone_by from projects.merge where id = ?")
                .param(id).query(Merge.class).optional().orElseThrow(() -> new RecordNotFound("merge", id));
    }

    /**
     * Locks both records of a pair (in id order, so two merges of one pair wait for each other rather than deadlock),
     * refusing when either is merged into another already or is not at the version the reader saw.
     */
    private void lockUnmerged(Map<Long, Integer> versions) {
        record Locked(long id, int version, boolean merged) {
        }
        List<Locked> rows = jdbc.sql("select id, version, merged_into is not null as merged from projects.project where id = any(?) order by id for update")
                .param(versions.keySet().toArray(Long[]::new)).query(Locked.class).list();
        if (rows.size() < versions.size()) {
            throw new RecordNotFound("project", versions.keySet());
        }
        for (Locked row : rows) {
            if (row.merged()) {
                throw new MergeConflict("alreadyMerged", "project " + row.id() + " is already merged");
            }
        }
        for (Locked row : rows) {
            if (row.version() != versions.get(row.id())) {
                throw new MergeConflict("changed", "project " + row.id() + " is at version " + row.version());
            }
        }
    }

    private void writeFacts(long id, MultilingualText facts) {
        jdbc.sql("update projects.project set facts = cast(? as jsonb) where id = ?").params(MultilingualTextJson.write(facts), id).update();
    }

    /** Per field the merged record has a value for, the source records (provenance ids) its value came from. */
    private Map<String, List<Long>> fieldSources(ProjectMerge pair, Map<MergeField, Side> choices, long keptId, long mergedId) {
        Map<MergeField, List<Long>> ofKept = records.fieldSources(keptId);
        Map<MergeField, List<Long>> ofMerged = records.fieldSources(mergedId);
        var sources = new LinkedHashMap<String, List<Long>>();
        for (MergeField field : pair.fields()) {
            var ids = new LinkedHashSet<Long>();
            Side side = choices.get(field);
            if (side != Side.MERGED) {
                ids.addAll(ofKept.get(field));
            }
            if (side != Side.KEPT) {
                ids.addAll(ofMerged.get(field));
            }
            sources.put(field.name(), List.copyOf(ids));
        }
        return sources;
    }

    static Map<MergeField, Side> choices(Map<String, String> form) {
        var choices = new EnumMap<MergeField, Side>(MergeField.class);
        for (MergeField field : MergeField.values()) {
            String side = form.get("field." + field.name());
            for (Side s : Side.values()) {
                if (s.name().equals(side)) {
                    choices.put(field, s);
                }
            }
        }
        return choices;
    }
}
