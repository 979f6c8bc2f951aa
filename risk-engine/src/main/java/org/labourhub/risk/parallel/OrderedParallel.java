package org.labourhub.risk.parallel;

import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Runs numbered tasks on a few threads, keeping at most two per thread in flight, and hands their results to
 * {@code merge} in task order. Merging in order keeps floating-point sums identical from run to run.
 */
public final class OrderedParallel<R> {

    private final int threads;

    public OrderedParallel(int threads) {
        this.threads = Math.max(1, threads);
    }

    public void run(int tasks, IntFunction<R> task, Consumer<R> merge) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "risk-engine-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            var inFlight = new ArrayDeque<Future<R>>();
            int next = 0;
            while (next < tasks || !inFlight.isEmpty()) {
                while (next < tasks && inFlight.size() < 2 * threads) {
                    int index = next++;
                    inFlight.add(pool.submit(() -> task.apply(index)));
                }
                merge.accept(await(inFlight.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private R await(Future<R> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
