package org.labourhub.projects.search;

import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The warm-up of a large registry asks the node's own API; here on the demo registry, with a small budget. */
@IntegrationTest
class SearchWarmUpTest {

    @Autowired Listing listing;
    @Autowired ProjectSearch search;
    @Autowired ApplicationContext context;
    @LocalServerPort int port;

    @Test
    void everySearchOfTheWarmUpIsAnsweredWithinItsBudget() throws Exception {
        var warmUp = new SearchWarmUp(new SearchWarmUp.Settings(0, 300, Duration.ofSeconds(60)), listing, search, context);
        var done = warmUp.warmUp(port);
        assertThat(done.searches()).isEqualTo(300);
        assertThat(done.failed()).isZero();
    }

    @Test
    void aWarmUpStopsAtItsTimeLimit() throws Exception {
        var warmUp = new SearchWarmUp(new SearchWarmUp.Settings(0, 1_000_000, Duration.ofMillis(300)), listing, search, context);
        var done = warmUp.warmUp(port);
        assertThat(done.searches()).isLessThan(1_000_000);
        assertThat(done.millis()).isLessThan(30_000);
    }
}
