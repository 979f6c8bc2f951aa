package org.labourhub.projects.search;

import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
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
 * <p>
 * Finding a kept result takes no lock: every request asks, and on two busy cores a reader holding a shared lock is
 * often descheduled, making all the others queue behind it. Beyond {@code max} results the least recently used
 * quarter is dropped.
 */
final class RecentSearches<K, V> {

    private static final long KEEP_NANOS = 30_000_000_000L;

    /** A result, the clear it was computed after, and when it was computed and last used. */
    private static final class Kept<V> {
        final V value;
        final long generation;
        final long at;
        volatile long used;

        Kept(V value, long generation, long at) {
            this.value = value;
            this.generation = generation;
            this.at = at;
            this.used = at;
        }
    }

    /** A computation under way, for the results of one key since one clear. */
    private record Flight<K>(K key, long generation) {
    }

    private final Map<K, Kept<V>> kept = new ConcurrentHashMap<>();
    private final Map<Flight<K>, CompletableFuture<V>> running = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final int max;

    RecentSearches(int max) {
        this.max = max;
    }

    V get(K key, Supplier<V> compute) {
        long asOf = generation.get();
        Kept<V> hit = kept.get(key);
        if (hit != null && hit.generation != asOf) {
            hit = null; // computed before a write
        }
        long now = System.nanoTime();
        if (hit != null && now - hit.at < KEEP_NANOS) {
            hit.used = now;
            return hit.value;
        }
        var mine = new CompletableFuture<V>();
        CompletableFuture<V> theirs = running.putIfAbsent(new Flight<>(key, asOf), mine);
        if (theirs != null && hit != null) {
            return hit.value; // expired (not cleared by a write): served as kept while another reader refreshes it
        }
        if (theirs != null) {
            try {
                return theirs.join();
            } catch (CompletionException e) {
                // the reader who computed it got the failure too; this one tries on its own
                return compute.get();
            }
        }
        try {
            V value = compute.get();
            keep(key, new Kept<>(value, asOf, System.nanoTime()));
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            running.remove(new Flight<>(key, asOf), mine);
        }
    }

    private void keep(K key, Kept<V> result) {
        kept.put(key, result);
        if (kept.size() > max) {
            synchronized (kept) {
                if (kept.size() > max) {
                    // when each was last used is read once: readers go on marking use while the oldest are picked
                    record Use<K, V>(K key, Kept<V> kept, long used) {
                    }
                    kept.entrySet().stream().map(e -> new Use<>(e.getKey(), e.getValue(), e.getValue().used))
                            .sorted(Comparator.comparingLong(Use::used)).limit(Math.max(1, max / 4)).toList()
                            .forEach(use -> kept.remove(use.key(), use.kept()));
                }
            }
        }
    }

    /** Forgets every kept result; computations already under way are handed to their readers but not kept. */
    void clear() {
        generation.incrementAndGet();
        kept.clear();
        running.clear();
    }
}
