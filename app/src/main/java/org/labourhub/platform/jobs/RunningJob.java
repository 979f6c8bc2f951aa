package org.labourhub.platform.jobs;

import tools.jackson.databind.JsonNode;

/** What a handler sees of the job it runs: its parameters, and a way to report progress (which is also a heartbeat). */
public interface RunningJob {

    long id();

    String owner();

    JsonNode parameters();

    /** Records progress; cheap enough to call often, as it writes at most a few times a second. */
    void progress(long done, long total);
}
