package org.labourhub.projects;

import org.labourhub.accounts.AuditJob;
import org.labourhub.directory.Directory;
import org.labourhub.platform.database.IdentityValues;
import org.labourhub.platform.i18n.MultilingualTextJson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes whole projects in batches. A project already known from the same source record (or with the same IATI
 * identifier) is updated in place, its parts replaced; a new one is inserted; the words of its title and description
 * join the vocabulary of {@link SearchWords}; participants the directory knows are linked to it ({@link ParticipantLinks}).
 * The caller's transaction holds the batch, so a batch is written entirely or not at all.
 */
@Component
public class ProjectStore {

    private static final String[] CHILD_TABLES = {"other_identifier", "participant", "recipient_country",
            "recipient_region", "sector", "location", "theme", "sdg_target", "budget", "transaction", "document", "result"};

    private final JdbcTemplate jdbc;
    private final Directory directory;
    private final ProjectParts parts;
    private final SearchWords words;
    private final ProjectReader reader;

    ProjectStore(JdbcTemplate jdbc, Directory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.parts = new ProjectParts(jdbc);
        this.words = new SearchWords(jdbc);
        this.reader = new ProjectReader(jdbc);
    }

    /**
     * What the writers of one import share, each on its own transaction: the words they saw so far, in the vocabulary
     * or added to it (see {@link SearchWords#add}), the directory's organisations as the import began, to link
     * participants to (see {@link ParticipantLinks}), and the import's entry in the audit trail (null for a save that
     * its caller audits itself).
     */
    public record Writing(Set<String> wordsSeen, ParticipantLinks links, AuditJob audit) {
    }

    /** A new {@link Writing}, for one save. */
    Writing writing() {
        return writing(null);
    }

    /** A new {@link Writing} for one import, whose changes go to the trail under {@code audit}. */
    public Writing writing(AuditJob audit) {
        return new Writing(ConcurrentHashMap.newKeySet(), ParticipantLinks.of(directory.organisations()), audit);
    }

    /** What a batch did: the project ids in the batch's order, and how many were created, changed or left as they were. */
    public record Written(List<Long> ids, int created, int updated, int unchanged) {
    }

    /** Saves the batch and returns the project ids in the same order. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> save(List<Incoming> batch) {
        return save(batch, writing()).ids();
    }

    /** Saves the batch as one of the writers of the same import, which share {@code writing}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Written save(List<Incoming> batch, Writing writing) {
        Map<Integer, Long> existing = existingIds(batch);
        Map<Long, Map<String, Object>> before = writing.audit() == null ? Map.of() : snapshots(existing);
        List<Long> ids = new ArrayList<>(batch.size());
        List<Long> fresh = IdentityValues.take(jdbc, "projects.project", batch.size() - existing.size());
        int next = 0;
        for (int i = 0; i < batch.size(); i++) {
            ids.add(existing.containsKey(i) ? existing.get(i) : fresh.get(next++));
        }
        if (!existing.isEmpty()) {
            Long[] replaced = existing.values().toArray(Long[]::new);
            for (String table : CHILD_TABLES) {
                jdbc.update("delete from projects." + table + " where project_id = any(?)", (Object) replaced);
            }
        }
        writeProjects(batch, ids, existing);
        parts.insert(batch, ids, writing.links());
        recordProvenance(batch, ids, existing);
        recordActivities(batch, ids, existing);
        Written written = audit(batch, ids, before, writing.audit());
        words.add(batch, writing.wordsSeen()); // last: a batch refused before this point has taken none of its words into wordsSeen
        return written;
    }

    /** The projects about to be written again, as the audit trail keeps them. */
    private Map<Long, Map<String, Object>> snapshots(Map<Integer, Long> existing) {
        Map<Long, Map<String, Object>> snapshots = new HashMap<>();
        if (!existing.isEmpty()) {
            reader.many(List.copyOf(existing.values())).forEach((id, project) -> snapshots.put(id, ProjectSnapshot.of(project)));
        }
        return snapshots;
    }

    /** Records each project the import created or changed, in one statement, and counts those it left as they were. */
    private static Written audit(List<Incoming> batch, List<Long> ids, Map<Long, Map<String, Object>> before, AuditJob audit) {
        if (audit == null) {
            return new Written(ids, 0, 0, 0);
        }
        var changes = audit.changes();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (int i = 0; i < batch.size(); i++) {
            Map<String, Object> after = ProjectSnapshot.of(batch.get(i).project());
            Map<String, Object> was = before.get(ids.get(i));
            if (was == null) {
                changes.created(ProjectsAudit.PROJECT, ids.get(i), after);
                created++;
            } else if (was.equals(after)) {
                unchanged++;
            } else {
                changes.updated(ProjectsAudit.PROJECT, ids.get(i), was, after);
                updated++;
            }
        }
        changes.write();
        return new Written(ids, created, updated, unchanged);
    }

    /**
     * Replaces what project {@code id} says with {@code project}, whatever source it came from (a merge, or the undoing
     * of one): its identifiers and provenance stay, participants keep the directory links they carry and gain none.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void rewrite(long id, Project project) {
        for (String table : CHILD_TABLES) {
            jdbc.update("delete from projects." + table + " where project_id = ?", id);
        }
        var d = project.dates();
        List<String> names = project.participants().stream().map(Project.Participant::name).toList();
        jdbc.update("""
                update projects.project set reporting_org_ref = ?, reporting_org_name = ?, reporting_org_type = ?, title = cast(? as jsonb),
                    description = cast(? as jsonb), status = ?, planned_start = ?, actual_start = ?, planned_end = ?,
                    actual_end = ?, modality = ?, default_currency = ?, organisation_names = ?, version = version + 1,
                    updated_at = now()
                where id = ?""", project.reportingOrgRef(), project.reportingOrgName(), project.reportingOrgType(),
                MultilingualTextJson.write(project.title()), MultilingualTextJson.write(project.description()),
                name(project.status()), d.plannedStart(), d.actualStart(), d.plannedEnd(), d.actualEnd(),
                name(project.modality()), project.defaultCurrency(), names.isEmpty() ? null : String.join(" ", names), id);
        var incoming = List.of(new Incoming(project, null));
        parts.insert(incoming, List.of(id), ParticipantLinks.of(List.of()));
        words.add(incoming, ConcurrentHashMap.newKeySet());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
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

    /**
     * New projects are copied straight into the table; the known ones go to a temporary table with one COPY, from which
     * one statement updates them. The database computes each row's search document as it writes the row (a generated
     * column, see V6), from its texts and the organisation names written along.
     */
    private void writeProjects(List<Incoming> batch, List<Long> ids, Map<Integer, Long> existing) {
        var fresh = new CopyRows("projects.project", PROJECT_COLUMNS);
        var known = new CopyRows("pg_temp.incoming_project", PROJECT_COLUMNS);
        for (int i = 0; i < batch.size(); i++) {
            Project p = batch.get(i).project();
            var d = p.dates();
            List<String> names = p.participants().stream().map(Project.Participant::name).toList();
            (existing.containsKey(i) ? known : fresh).add(ids.get(i), p.iatiIdentifier(), p.reportingOrgRef(),
                    p.reportingOrgName(), p.reportingOrgType(), MultilingualTextJson.write(p.title()), MultilingualTextJson.write(p.description()),
                    p.status(), d.plannedStart(), d.actualStart(), d.plannedEnd(), d.actualEnd(), p.modality(),
                    p.defaultCurrency(), names.isEmpty() ? null : String.join(" ", names));
        }
        fresh.copy(jdbc);
        if (!existing.isEmpty()) {
            jdbc.execute(STAGING);
            known.copy(jdbc);
            jdbc.update(UPDATE);
        }
    }

    private static final String[] PROJECT_COLUMNS = {"id", "iati_identifier", "reporting_org_ref", "reporting_org_name",
            "reporting_org_type",
            "title", "description", "status", "planned_start", "actual_start", "planned_end", "actual_end", "modality",
            "default_currency", "organisation_names"};

    /** The batch's known projects as they came, for one transaction; emptied for each batch. */
    private static final String STAGING = """
            create temporary table if not exists incoming_project (
                id bigint, iati_identifier text, reporting_org_ref text, reporting_org_name text, reporting_org_type text, title jsonb,
                description jsonb, status text, planned_start date, actual_start date, planned_end date, actual_end date,
                modality text, default_currency text, organisation_names text) on commit drop;
            truncate pg_temp.incoming_project""";

    private static final String UPDATE = """
            update projects.project t set iati_identifier = p.iati_identifier, reporting_org_ref = p.reporting_org_ref,
                reporting_org_name = p.reporting_org_name, reporting_org_type = p.reporting_org_type, title = p.title, description = p.description, status = p.status,
                planned_start = p.planned_start, actual_start = p.actual_start, planned_end = p.planned_end,
                actual_end = p.actual_end, modality = p.modality, default_currency = p.default_currency,
                organisation_names = p.organisation_names, version = t.version + 1, updated_at = now()
            from pg_temp.incoming_project p
            where t.id = p.id""";

    /**
     * Each IATI activity as its source wrote it, with the problems found in it, replacing what an earlier import of it
     * kept (projects from other sources keep theirs).
     */
    private void recordActivities(List<Incoming> batch, List<Long> ids, Map<Integer, Long> existing) {
        var rows = new CopyRows("projects.iati_record", "project_id", "activity_xml", "schema_valid", "last_updated",
                "problems", "errors", "warnings", "file_name");
        List<Long> replaced = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            var activity = batch.get(i).activity();
            var problems = batch.get(i).problems();
            if (activity == null) {
                continue;
            }
            if (existing.containsKey(i)) {
                replaced.add(ids.get(i));
            }
            rows.add(ids.get(i), activity.xml(), activity.schemaValid(), activity.lastUpdated(),
                    ProjectsJson.write(problems), ImportProblem.count(problems, ImportProblem.Severity.ERROR),
                    ImportProblem.count(problems, ImportProblem.Severity.WARNING), batch.get(i).provenance().fileName());
        }
        if (!replaced.isEmpty()) {
            jdbc.update("delete from projects.iati_record where project_id = any(?)", (Object) replaced.toArray(Long[]::new));
        }
        rows.copy(jdbc);
    }

    /** New projects' source records go in with one COPY; those of known projects are upserted. */
    private void recordProvenance(List<Incoming> batch, List<Long> ids, Map<Integer, Long> existing) {
        var fresh = new CopyRows("projects.provenance", "project_id", "source", "source_key", "file_name", "imported_by", "raw");
        List<Object[]> known = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            ProvenanceRecord p = batch.get(i).provenance();
            Object[] row = {ids.get(i), p.source().name(), p.sourceKey(), p.fileName(), p.importedBy(), ProjectsJson.write(p.raw())};
            if (existing.containsKey(i)) {
                known.add(row);
            } else {
                fresh.add(row);
            }
        }
        fresh.copy(jdbc);
        if (!known.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into projects.provenance (project_id, source, source_key, file_name, imported_by, raw)
                    values (?, ?, ?, ?, ?, cast(? as jsonb))
                    on conflict (source, source_key) do update
                        set file_name = excluded.file_name, imported_by = excluded.imported_by, raw = excluded.raw,
                            imported_at = now()""", known);
        }
    }
}
