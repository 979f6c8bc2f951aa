package org.labourhub.plans;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Set;

/** Which plans are the training data's fictional ones, for the pages that mark them as such. */
@Repository
public class FictionalPlans {

    private final JdbcClient jdbc;

    FictionalPlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids of the fictional plans. */
    public Set<Long> ids() {
        return Set.copyOf(jdbc.sql("select id from plans.plan where training").query(Long.class).list());
    }

    public boolean isFictional(long planId) {
        return jdbc.sql("select training from plans.plan where id = ?").param(planId).query(Boolean.class).optional()
                .orElse(false);
    }
}
