package org.labourhub.projects.importing;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.concurrent.CompletableFuture;

/**
 * After a large import the planner's statistics describe the tables as they were; autovacuum would analyse them
 * only later, and until then search and dashboard queries may get very poor plans. A large import analyses them at once.
 */
public final class Statistics {

    static final long LARGE_IMPORT = 1_000;

    private Statistics() {
    }

    public static void refreshAfter(JdbcTemplate jdbc, long imported) {
        if (imported < LARGE_IMPORT) {
            return;
        }
        // outside a transaction VACUUM also marks the new rows all-visible, so that searches read the narrow
        // covering indexes (index-only scans) at once instead of visiting every row until autovacuum runs
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            jdbc.execute("analyze " + PROJECTS + ", " + SEARCHED_PARTS + ", " + OTHER_PARTS);
            return;
        }
        // the project table takes as long as all the others: on a connection of its own, so both cores work
        var projects = CompletableFuture.runAsync(() -> jdbc.execute("vacuum (analyze) " + PROJECTS),
                task -> new Thread(task, "statistics").start());
        jdbc.execute("vacuum (analyze) " + SEARCHED_PARTS);
        jdbc.execute("analyze " + OTHER_PARTS);
        projects.join();
    }

    private static final String PROJECTS = "projects.project";
    private static final String SEARCHED_PARTS = "projects.recipient_country, projects.participant, projects.theme";
    private static final String OTHER_PARTS = "projects.budget, projects.transaction, projects.provenance, projects.result, projects.indicator";
}
