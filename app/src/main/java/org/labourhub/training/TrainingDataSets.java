package org.labourhub.training;

import org.labourhub.accounts.AuditTrail;
import org.labourhub.platform.training.TrainingData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every module's share of the fictional training data, loaded and removed together: in one transaction, in the
 * modules' order for loading and the reverse for removing, with the counts recorded in the audit trail and the
 * moment in {@code training.state}.
 */
@Component
class TrainingDataSets {

    static final String AUDITED_AS = "training-data";

    private final List<TrainingData> modules;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    TrainingDataSets(List<TrainingData> modules, JdbcClient jdbc, AuditTrail audit) {
        this.modules = modules.stream().sorted(Comparator.comparingInt(TrainingData::order)).toList();
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** When the set was last loaded and removed, and by whom; empty before its first load. */
    record State(OffsetDateTime loadedAt, String loadedBy, OffsetDateTime removedAt, String removedBy) {
    }

    Optional<State> state() {
        return jdbc.sql("select loaded_at, loaded_by, removed_at, removed_by from training.state").query(State.class).optional();
    }

    /** How many fictional records of each kind there are, by the message naming the kind, module by module. */
    Map<String, Long> counts() {
        var counts = new LinkedHashMap<String, Long>();
        modules.forEach(m -> counts.putAll(m.counts()));
        return counts;
    }

    static long total(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Loads the whole set, unless some of it is there already; false when nothing was loaded. */
    @Transactional
    boolean load(String by, boolean audited) {
        if (total(counts()) > 0) {
            return false;
        }
        modules.forEach(TrainingData::load);
        jdbc.sql("""
                insert into training.state (id, loaded_at, loaded_by) values (1, now(), ?)
                on conflict (id) do update set loaded_at = now(), loaded_by = excluded.loaded_by""").param(by).update();
        if (audited) {
            audit.created(AUDITED_AS, "all", counts());
        }
        return true;
    }

    /** Deletes every fictional record, and nothing else; returns how many of each kind there were. */
    @Transactional
    Map<String, Long> remove(String by) {
        Map<String, Long> before = counts();
        for (int i = modules.size() - 1; i >= 0; i--) {
            modules.get(i).remove();
        }
        jdbc.sql("""
                insert into training.state (id, removed_at, removed_by) values (1, now(), ?)
                on conflict (id) do update set removed_at = now(), removed_by = excluded.removed_by""").param(by).update();
        audit.deleted(AUDITED_AS, "all", before);
        return before;
    }
}
