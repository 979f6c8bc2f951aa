package org.labourhub.projects.importing;

import org.labourhub.platform.i18n.MultilingualText;
import org.labourhub.platform.i18n.MultilingualTextJson;
import org.labourhub.projects.ImportProblem;
import org.labourhub.projects.ProjectsJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The errors and warnings found in the IATI activities that were imported flagged: for one project's page, and the
 * list of the projects to fix, most errors first.
 */
@Component
public class ImportFlags {

    private static final TypeReference<List<ImportProblem>> PROBLEMS = new TypeReference<>() { };

    private final JdbcClient jdbc;

    ImportFlags(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What was found in a project's activity when it was last imported. */
    record Found(String fileName, OffsetDateTime readAt, List<ImportProblem> problems) {
    }

    public Optional<Found> of(long projectId) {
        return jdbc.sql("select file_name, read_at, problems::text from projects.iati_record where project_id = ? and (errors > 0 or warnings > 0)")
                .param(projectId)
                .query((rs, n) -> new Found(rs.getString(1), rs.getObject(2, OffsetDateTime.class),
                        ProjectsJson.JSON.readValue(rs.getString(3), PROBLEMS)))
                .optional();
    }

    /** A flagged project in the list. */
    record Flagged(long id, MultilingualText title, String identifier, int errors, int warnings, String fileName,
                   OffsetDateTime readAt) {
    }

    static final int PAGE = 100;

    long count() {
        return jdbc.sql("""
                select count(*) from projects.iati_record r join projects.project p on p.id = r.project_id
                where (r.errors > 0 or r.warnings > 0) and p.merged_into is null""").query(Long.class).single();
    }

    List<Flagged> page(int page) {
        return jdbc.sql("""
                select p.id, p.title::text, p.iati_identifier, r.errors, r.warnings, r.file_name, r.read_at
                from projects.iati_record r join projects.project p on p.id = r.project_id
                where (r.errors > 0 or r.warnings > 0) and p.merged_into is null
                order by r.errors desc, r.warnings desc, p.iati_identifier
                limit ? offset ?""")
                .params(PAGE, Math.max(0, page) * PAGE)
                .query((rs, n) -> new Flagged(rs.getLong(1), MultilingualTextJson.read(rs.getString(2)), rs.getString(3),
                        rs.getInt(4), rs.getInt(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class)))
                .list();
    }
}
