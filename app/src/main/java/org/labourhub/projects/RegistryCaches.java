package org.labourhub.projects;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Forgets the kept search results and registry figures when the registry changed, once the writing transaction has
 * ended (committed or not): forgetting at once would let a search running before the commit keep what it read. A
 * change announced outside any transaction is handled at once.
 */
@Component
class RegistryCaches {

    private final ProjectSearch search;
    private final RegistryFigures figures;

    RegistryCaches(ProjectSearch search, RegistryFigures figures) {
        this.search = search;
        this.figures = figures;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    void on(ProjectsChanged changed) {
        search.forget();
        figures.forget();
    }
}
