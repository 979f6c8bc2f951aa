package org.labourhub.projects.monitoring;

import org.labourhub.projects.ProjectsChanged;
import org.labourhub.projects.search.ListedProjects;
import org.labourhub.projects.search.Listing;
import org.labourhub.projects.search.ProjectSearch;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Figures computed over the whole registry (the dashboard's totals and flags, the duplicate candidates), kept until
 * the registry changes: as long as the list of projects this node keeps ({@link Listing}) is the same one — which a
 * write on this node, or within about 30 s one on another node, renews — and the day is the same (rules compare dates
 * with today). A figure not kept is computed once however many ask for it at the same moment. Writes that change
 * such figures without changing the list (exchange rates) call {@link #forget()}.
 */
@Component
public class RegistryFigures {

    private final Listing listing;
    private volatile Kept kept;

    RegistryFigures(Listing listing) {
        this.listing = listing;
    }

    /** The figures kept, the list of projects and the day they were computed for. */
    private record Kept(ListedProjects from, LocalDate day, Map<Object, Object> figures) {
    }

    /** The figure under this key (any value with equals, e.g. a list of a name and the rules), computed if not kept. */
    public <T> T get(Object key, Supplier<T> compute) {
        return get(key, compute, figure -> true);
    }

    /** The same, keeping only a figure {@code worthKeeping} accepts (e.g. not one too large to hold in memory). */
    @SuppressWarnings("unchecked")
    <T> T get(Object key, Supplier<T> compute, Predicate<T> worthKeeping) {
        ListedProjects now = listing.projects();
        LocalDate today = LocalDate.now();
        Kept current = kept;
        if (current == null || current.from() != now || !current.day().equals(today)) {
            current = new Kept(now, today, new ConcurrentHashMap<>());
            kept = current;
        }
        Object[] computed = new Object[1];
        Object figure = current.figures().computeIfAbsent(key, k -> {
            T value = compute.get();
            computed[0] = value;
            return worthKeeping.test(value) ? value : null; // null: nothing is kept
        });
        return (T) (figure != null ? figure : computed[0]);
    }

    /**
     * Forgets the figures when the registry changed, once the writing transaction has ended (committed or not), after
     * the search has forgotten its results (see {@link ProjectSearch#on}).
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    @Order(2)
    void on(ProjectsChanged changed) {
        forget();
    }

    /** Forgets every figure at once; writers announce {@link ProjectsChanged} instead. */
    void forget() {
        kept = null;
    }
}
