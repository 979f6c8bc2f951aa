package org.labourhub.projects.search;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Results kept for readers: computed once for all who ask at once, forgotten after a write, bounded in number. */
class RecentSearchesTest {

    @Test
    void aResultAskedForByManyReadersAtOnceIsComputedOnce() throws Exception {
        var recent = new RecentSearches<String, Integer>(10);
        var computed = new AtomicInteger();
        var started = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        ExecutorService readers = Executors.newFixedThreadPool(8);
        try {
            var first = CompletableFuture.supplyAsync(() -> recent.get("q", () -> {
                started.countDown();
                await(release);
                return computed.incrementAndGet();
            }), readers);
            started.await(5, TimeUnit.SECONDS);
            List<CompletableFuture<Integer>> others = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                others.add(CompletableFuture.supplyAsync(() -> recent.get("q", computed::incrementAndGet), readers));
            }
            release.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(1);
            for (var other : others) {
                assertThat(other.get(5, TimeUnit.SECONDS)).isEqualTo(1);
            }
            assertThat(computed).hasValue(1);
        } finally {
            readers.shutdownNow();
        }
    }

    @Test
    void aWriteForgetsWhatIsKeptAndAResultComputedBeforeItIsNotKept() throws Exception {
        var recent = new RecentSearches<String, String>(10);
        assertThat(recent.get("q", () -> "before")).isEqualTo("before");
        recent.clear();
        assertThat(recent.get("q", () -> "after")).isEqualTo("after");

        var started = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        recent.clear();
        var slow = CompletableFuture.supplyAsync(() -> recent.get("q", () -> {
            started.countDown();
            await(release);
            return "read before the write";
        }));
        started.await(5, TimeUnit.SECONDS);
        recent.clear();
        release.countDown();
        assertThat(slow.get(5, TimeUnit.SECONDS)).isEqualTo("read before the write");
        assertThat(recent.get("q", () -> "read after the write")).isEqualTo("read after the write");
    }

    @Test
    void beyondItsSizeTheLeastRecentlyUsedResultsAreDropped() {
        var recent = new RecentSearches<Integer, Integer>(4);
        for (int i = 0; i < 4; i++) {
            int n = i;
            recent.get(n, () -> n);
        }
        recent.get(0, () -> -1); // used again: kept
        recent.get(4, () -> 4); // the fifth: the least recently used (1) goes
        assertThat(recent.get(0, () -> -1)).isEqualTo(0);
        assertThat(recent.get(1, () -> -1)).isEqualTo(-1);
    }

    @Test
    void aFailureIsNotKept() {
        var recent = new RecentSearches<String, String>(10);
        assertThatThrownBy(() -> recent.get("q", () -> {
            throw new IllegalStateException("database down");
        })).hasMessage("database down");
        assertThat(recent.get("q", () -> "fine")).isEqualTo("fine");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
