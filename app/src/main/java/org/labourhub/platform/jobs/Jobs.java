package org.labourhub.platform.jobs;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What modules use to hand work to the background: submit a job, then show it at {@code /jobs/{id}}. */
@Component
public class Jobs {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String COLUMNS = """
            id, kind, owner, status, done, total, message, parameters::text as parameters, result::text as result,
            attempts, created_at, started_at, finished_at, heartbeat""";

    private final JdbcClient jdbc;

    Jobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues a job of this kind for this owner (a username); any node with a handler for the kind will run it. */
    public long submit(String kind, String owner, Object parameters) {
        return jdbc.sql("insert into platform.job (kind, owner, parameters) values (?, ?, cast(? as jsonb)) returning id")
                .params(kind, owner, JSON.writeValueAsString(parameters == null ? java.util.Map.of() : parameters))
                .query(Long.class).single();
    }

    /** One parameter of every job not yet finished (queued or running), e.g. the files they are to read. */
    public Set<String> unfinishedParameter(String name) {
        return Set.copyOf(jdbc.sql("""
                        select distinct parameters ->> ? from platform.job
                        where status in ('QUEUED', 'RUNNING') and parameters ->> ? is not null""")
                .params(name, name).query(String.class).list());
    }

    public Optional<Job> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from platform.job where id = ?").param(id).query(Job.class).optional();
    }

    /** This owner's latest jobs of one kind, newest first. */
    public List<Job> latest(String owner, String kind, int limit) {
        return jdbc.sql("select " + COLUMNS + " from platform.job where owner = ? and kind = ? order by id desc limit ?")
                .params(owner, kind, limit).query(Job.class).list();
    }
}
