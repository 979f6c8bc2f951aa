package org.labourhub.projects;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The results of recent searches, kept for a few seconds: the same words and facets are asked again and again (the
 * landing list, a country's projects, popular words), and the registry changes only through imports, merges and
 * entries, which clear what is kept. Each app node keeps its own, so nodes stay stateless.
 * <p>
 * A result not kept yet is computed once however many readers ask for it at the same moment: the others wait for
 * that one computation instead of running the same query side by side (64 readers landing on the same list would
 * otherwise run 64 identical queries on two cores). When a kept result merely grows old, the first reader to find
 * it so computes it again and the others are served the kept one meanwhile; after a {@link #clear()} (a write)
 * everyone waits for the fresh one. A result computed before a clear is handed to those who asked but not kept.
 */
final class RecentSearches<K, V> {

    private static final long KEEP_NANOS = 30_000_000_000L;

    private record Kept<V>(V value, long at) {
    }

    private final Map<K, Kept<V>> kept = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<K, Kept<V>> eldest) {
            return size() > max;
        }
    };
    private final Map<K, CompletableFuture<V>> running = new HashMap<>();
    private final int max;
    private long generation;

    RecentSearches(int max) {
        this.max = max;
    }

    V get(K key, Supplier<V> compute) {
        CompletableFuture<V> mine;
        CompletableFuture<V> theirs;
        long asOf;
        synchronized (kept) {
            Kept<V> hit = kept.get(key);
            if (hit != null && System.nanoTime() - hit.at() < KEEP_NANOS) {
                return hit.value();
            }
            theirs = running.get(key);
            if (hit != null && theirs != null) {
                // expired (not cleared by a write): served as kept while the one reader who found it expired refreshes it
                return hit.value();
            }
            mine = theirs == null ? new CompletableFuture<>() : null;
            if (mine != null) {
                running.put(key, mine);
            }
            asOf = generation;
        }
        if (mine == null) {
            try {
                return theirs.join();
            } catch (CompletionException e) {
                // the reader who computed it got the failure too; this one tries on its own
                return compute.get();
            }
        }
        try {
            V value = compute.get();
            synchronized (kept) {
                if (generation == asOf) {
                    kept.put(key, new Kept<>(value, System.nanoTime()));
                }
                running.remove(key, mine);
            }
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            synchronized (kept) {
                running.remove(key, mine);
            }
            mine.completeExceptionally(e);
            throw e;
        }
    }

    void clear() {
        synchronized (kept) {
            kept.clear();
            running.clear();
            generation++;
        }
    }
}
