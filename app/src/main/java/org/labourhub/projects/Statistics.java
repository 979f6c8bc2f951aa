package org.labourhub.projects;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * After a large import the planner's statistics describe the tables as they were; autovacuum would analyse them
 * only later, and until then search and dashboard queries may get very poor plans. A large import analyses them at once.
 */
final class Statistics {

    static final long LARGE_IMPORT = 1_000;

    private Statistics() {
    }

    static void refreshAfter(JdbcTemplate jdbc, long imported) {
        if (imported >= LARGE_IMPORT) {
            jdbc.execute("analyze projects.project, projects.recipient_country, projects.participant, projects.theme, "
                    + "projects.budget, projects.transaction, projects.provenance, projects.result, projects.indicator");
        }
    }
}
