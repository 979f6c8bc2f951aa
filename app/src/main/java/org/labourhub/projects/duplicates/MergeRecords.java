package org.labourhub.projects.duplicates;

import org.labourhub.platform.i18n.MultilingualText;
import org.labourhub.platform.i18n.MultilingualTextJson;
import org.labourhub.platform.web.RecordNotFound;
import org.labourhub.projects.Project;
import org.labourhub.projects.ProjectReader;
import org.labourhub.projects.ProjectsJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Reads what merges need and show: a record of a pair, where each field of a merged record came from, past merges. */
@Component
class MergeRecords {

    private final JdbcClient jdbc;
    private final ProjectReader reader;

    MergeRecords(JdbcClient jdbc, ProjectReader reader) {
        this.jdbc = jdbc;
        this.reader = reader;
    }

    /** A project with its text on what the sources say and when it was last written. */
    ProjectMerge.Record record(long id) {
        Project project = reader.one(id).orElseThrow(() -> new RecordNotFound("project", id));
        return jdbc.sql("select facts::text, updated_at from projects.project where id = ?").param(id)
                .query((rs, n) -> new ProjectMerge.Record(project, MultilingualTextJson.read(rs.getString(1)),
                        rs.getObject(2, OffsetDateTime.class))).single();
    }

    /**
     * The source records (provenance ids) each field of a project came from: as its latest merge still in force
     * recorded them, else, for a project never merged, its own most recently read source record.
     */
    @SuppressWarnings("unchecked")
    Map<MergeField, List<Long>> fieldSources(long projectId) {
        List<Long> own = jdbc.sql("""
                select id from projects.provenance where project_id = ? order by imported_at desc, id desc limit 1""")
                .param(projectId).query(Long.class).list();
        Map<String, List<Number>> merged = jdbc.sql("""
                select field_sources::text from projects.merge
                where kept_id = ? and undone_at is null and field_sources is not null order by id desc limit 1""")
                .param(projectId).query(String.class).optional()
                .map(json -> (Map<String, List<Number>>) ProjectsJson.JSON.readValue(json, Map.class)).orElse(Map.of());
        var sources = new EnumMap<MergeField, List<Long>>(MergeField.class);
        for (MergeField field : MergeField.values()) {
            List<Number> ids = merged.get(field.name());
            sources.put(field, ids == null ? own : ids.stream().map(Number::longValue).toList());
        }
        return sources;
    }

    /** Whether a merge still in force made this project what it is (so its page notes each field's source). */
    boolean isMergeResult(long projectId) {
        return jdbc.sql("select exists (select from projects.merge where kept_id = ? and undone_at is null and field_sources is not null)")
                .param(projectId).query(Boolean.class).single();
    }

    /** A past merge as the review screen lists it, with both records' titles. */
    record Listed(long id, long keptId, MultilingualText keptTitle, long mergedId, MultilingualText mergedTitle,
                  OffsetDateTime mergedAt, String mergedBy, OffsetDateTime undoneAt, String undoneBy) {
    }

    /** The latest 50 merges, or those of one project. */
    List<Listed> latest(Long projectId) {
        return jdbc.sql("""
                select m.id, m.kept_id, k.title::text, m.merged_id, d.title::text, m.merged_at, m.merged_by, m.undone_at, m.undone_by
                from projects.merge m join projects.project k on k.id = m.kept_id join projects.project d on d.id = m.merged_id
                where cast(? as bigint) is null or m.kept_id = ? or m.merged_id = ? order by m.id desc limit 50""")
                .params(projectId, projectId, projectId)
                .query((rs, n) -> new Listed(rs.getLong(1), rs.getLong(2), MultilingualTextJson.read(rs.getString(3)),
                        rs.getLong(4), MultilingualTextJson.read(rs.getString(5)), rs.getObject(6, OffsetDateTime.class),
                        rs.getString(7), rs.getObject(8, OffsetDateTime.class), rs.getString(9)))
                .list();
    }
}
