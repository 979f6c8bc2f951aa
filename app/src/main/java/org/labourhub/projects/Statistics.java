package org.labourhub.projects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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
            jdbc.execute("analyze projects.budget, projects.transaction, projects.provenance, projects.result, projects.indicator");
            // outside a transaction VACUUM also marks the new rows all-visible, so that searches read the narrow
            // covering indexes (index-only scans) at once instead of visiting every row until autovacuum runs
            String command = TransactionSynchronizationManager.isActualTransactionActive() ? "analyze" : "vacuum (analyze)";
            jdbc.execute(command + " projects.project, projects.recipient_country, projects.participant, projects.theme");
        }
    }
}
