package org.labourhub.projects.importing;

import org.labourhub.projects.Source;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.List;

/** The source records behind a project, its own and those of the projects merged into it. */
@Component
public class ProvenanceRecords {

    private final JdbcClient jdbc;

    ProvenanceRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One source record as a page lists it. */
    public record Row(long id, long projectId, Source source, String sourceKey, String fileName, OffsetDateTime importedAt,
               String importedBy, String raw) {

        /** An IATI identifier or a spreadsheet's row key means something to the reader; other sources' keys are ours. */
        public boolean showsKey() {
            return source == Source.IATI || source == Source.SPREADSHEET;
        }
    }

    public List<Row> of(long projectId) {
        return jdbc.sql("""
                select id, project_id, source, source_key, file_name, imported_at, imported_by, raw::text as raw
                from projects.provenance
                where project_id = ? or project_id in (select id from projects.project where merged_into = ?)
                order by imported_at, id""").params(projectId, projectId).query(Row.class).list();
    }
}
