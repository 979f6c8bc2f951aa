package org.labourhub.projects;

import org.labourhub.platform.i18n.MultilingualTextJson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes whole projects in batches. A project already known from the same source record (or with the same IATI
 * identifier) is updated in place, its parts replaced; a new one is inserted. The caller's transaction holds the
 * batch, so a batch is written entirely or not at all.
 */
@Component
class ProjectStore {

    private static final String[] CHILD_TABLES = {"other_identifier", "participant", "recipient_country",
            "recipient_region", "sector", "theme", "sdg_target", "budget", "transaction", "document", "result"};

    private final JdbcTemplate jdbc;
    private final ProjectParts parts;

    ProjectStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.parts = new ProjectParts(jdbc);
    }

    /** Saves the batch and returns the project ids in the same order. */
    @Transactional(propagation = Propagation.MANDATORY)
    List<Long> save(List<Incoming> batch) {
        Map<Integer, Long> existing = existingIds(batch);
        List<Long> ids = new ArrayList<>(batch.size());
        List<Long> fresh = newIds(batch.size() - existing.size());
        int next = 0;
        for (int i = 0; i < batch.size(); i++) {
            ids.add(existing.containsKey(i) ? existing.get(i) : fresh.get(next++));
        }
        Long[] replaced = existing.values().toArray(Long[]::new);
        for (String table : CHILD_TABLES) {
            jdbc.update("delete from projects." + table + " where project_id = any(?)", (Object) replaced);
        }
        insertNew(batch, ids, existing);
        updateExisting(batch, ids, existing);
        parts.insert(batch, ids);
        recordProvenance(batch, ids);
        // new projects got their search columns as they were inserted; replaced ones are refreshed from their new parts
        SearchDocument.refresh(jdbc, List.copyOf(existing.values()));
        return ids;
    }

    private Map<Integer, Long> existingIds(List<Incoming> batch) {
        Map<String, Long> byProvenance = new HashMap<>();
        Map<Source, List<String>> keysBySource = new java.util.EnumMap<>(Source.class);
        batch.forEach(in -> keysBySource.computeIfAbsent(in.provenance().source(), s -> new ArrayList<>()).add(in.provenance().sourceKey()));
        keysBySource.forEach((source, keys) -> jdbc.query(
                "select source_key, project_id from projects.provenance where source = ? and source_key = any(?)",
                rs -> { byProvenance.put(source.name() + "|" + rs.getString(1), rs.getLong(2)); },
                source.name(), keys.toArray(String[]::new)));
        Map<String, Long> byIdentifier = new HashMap<>();
        jdbc.query("select iati_identifier, id from projects.project where iati_identifier = any(?)",
                rs -> { byIdentifier.put(rs.getString(1), rs.getLong(2)); },
                (Object) batch.stream().map(in -> in.project().iatiIdentifier()).filter(java.util.Objects::nonNull).toArray(String[]::new));
        Map<Integer, Long> existing = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            Long id = byProvenance.get(provenanceKey(batch.get(i).provenance()));
            if (id == null && batch.get(i).project().iatiIdentifier() != null) {
                id = byIdentifier.get(batch.get(i).project().iatiIdentifier());
            }
            if (id != null) {
                existing.put(i, id);
            }
        }
        return existing;
    }

    private static String provenanceKey(ProvenanceRecord p) {
        return p.source().name() + "|" + p.sourceKey();
    }

    private List<Long> newIds(int count) {
        if (count == 0) {
            return List.of();
        }
        return jdbc.queryForList("select nextval(pg_get_serial_sequence('projects.project', 'id')) from generate_series(1, ?)",
                Long.class, count);
    }

    /**
     * New projects in one statement per batch, their search columns computed by the database in the same statement
     * (from the organisation names passed along), so that each row is written once instead of inserted then updated.
     */
    private void insertNew(List<Incoming> batch, List<Long> ids, Map<Integer, Long> existing) {
        int n = batch.size() - existing.size();
        if (n == 0) {
            return;
        }
        Object[][] columns = new Object[INSERT_COLUMNS][];
        columns[0] = new Long[n];
        for (int c = 1; c < INSERT_COLUMNS; c++) {
            columns[c] = new String[n];
        }
        int r = 0;
        for (int i = 0; i < batch.size(); i++) {
            if (existing.containsKey(i)) {
                continue;
            }
            Project p = batch.get(i).project();
            Object[] row = rowOf(ids.get(i), p);
            columns[0][r] = row[0];
            for (int c = 1; c < row.length; c++) {
                columns[c][r] = row[c] == null ? null : row[c].toString();
            }
            List<String> names = p.participants().stream().map(o -> o.name()).toList();
            columns[row.length][r] = names.isEmpty() ? null : String.join(" ", names);
            r++;
        }
        jdbc.update(INSERT.formatted(SearchDocument.document("p.names"), SearchDocument.PLAIN), (Object[]) columns);
    }

    private static final int INSERT_COLUMNS = 14;
    private static final String INSERT = """
            insert into projects.project (id, iati_identifier, reporting_org_ref, reporting_org_name, title, description,
                status, planned_start, actual_start, planned_end, actual_end, modality, default_currency,
                search_document, search_plain)
            select p.id, p.iati_identifier, p.reporting_org_ref, p.reporting_org_name, p.title, p.description, p.status,
                p.planned_start, p.actual_start, p.planned_end, p.actual_end, p.modality, p.default_currency, %s, %s
            from (select u.id, u.iati_identifier, u.reporting_org_ref, u.reporting_org_name, cast(u.title as jsonb) as title,
                         cast(u.description as jsonb) as description, u.status, cast(u.planned_start as date) as planned_start,
                         cast(u.actual_start as date) as actual_start, cast(u.planned_end as date) as planned_end,
                         cast(u.actual_end as date) as actual_end, u.modality, u.default_currency, u.names
                  from unnest(cast(? as bigint[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                              cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                              cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]))
                       as u(id, iati_identifier, reporting_org_ref, reporting_org_name, title, description, status,
                            planned_start, actual_start, planned_end, actual_end, modality, default_currency, names)) p""";

    private void updateExisting(List<Incoming> batch, List<Long> ids, Map<Integer, Long> existing) {
        List<Object[]> rows = new ArrayList<>();
        existing.forEach((i, id) -> {
            Object[] row = rowOf(id, batch.get(i).project());
            Object[] shifted = new Object[row.length];
            System.arraycopy(row, 1, shifted, 0, row.length - 1);
            shifted[row.length - 1] = id;
            rows.add(shifted);
        });
        jdbc.batchUpdate("""
                update projects.project set iati_identifier = ?, reporting_org_ref = ?, reporting_org_name = ?,
                    title = cast(? as jsonb), description = cast(? as jsonb), status = ?, planned_start = ?, actual_start = ?,
                    planned_end = ?, actual_end = ?, modality = ?, default_currency = ?, version = version + 1,
                    updated_at = now()
                where id = ?""", rows);
    }

    private static Object[] rowOf(long id, Project p) {
        var d = p.dates();
        return new Object[]{id, p.iatiIdentifier(), p.reportingOrgRef(), p.reportingOrgName(),
                MultilingualTextJson.write(p.title()), MultilingualTextJson.write(p.description()), p.status() == null ? null : p.status().name(),
                sql(d.plannedStart()), sql(d.actualStart()), sql(d.plannedEnd()), sql(d.actualEnd()),
                p.modality() == null ? null : p.modality().name(), p.defaultCurrency()};
    }

    private void recordProvenance(List<Incoming> batch, List<Long> ids) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            ProvenanceRecord p = batch.get(i).provenance();
            rows.add(new Object[]{ids.get(i), p.source().name(), p.sourceKey(), p.fileName(), p.importedBy(),
                    ProjectsJson.write(p.raw())});
        }
        jdbc.batchUpdate("""
                insert into projects.provenance (project_id, source, source_key, file_name, imported_by, raw)
                values (?, ?, ?, ?, ?, cast(? as jsonb))
                on conflict (source, source_key) do update
                    set file_name = excluded.file_name, imported_by = excluded.imported_by, raw = excluded.raw,
                        imported_at = now()""", rows);
    }

    static Date sql(java.time.LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
