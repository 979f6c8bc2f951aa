package org.labourhub.platform.jobs;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How the job runner behaves ({@code labourhub.jobs.*}).
 *
 * @param pollInterval how often an idle runner looks for queued work
 * @param staleAfter   a running job whose heartbeat is older than this is taken to have lost its node
 * @param maxAttempts  how many times a job is started before it is marked failed
 * @param workers      how many jobs this node runs at once
 */
@ConfigurationProperties("labourhub.jobs")
record JobSettings(@DefaultValue("1s") Duration pollInterval, @DefaultValue("60s") Duration staleAfter,
                   @DefaultValue("3") int maxAttempts, @DefaultValue("1") int workers) {
}
