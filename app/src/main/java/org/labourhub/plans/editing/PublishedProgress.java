package org.labourhub.plans.editing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Whether approved (published) progress updates hang under an element or an activity: those are part of the
 * governing body's record, so what holds them is never deleted.
 */
@Repository
class PublishedProgress {

    private final JdbcClient jdbc;

    PublishedProgress(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Approved updates on the element, its descendants, or any of their activities. */
    int underElement(long elementId) {
        return jdbc.sql("""
                        with recursive subtree(id) as (
                            select id from plans.element where id = ?
                            union all
                            select e.id from plans.element e join subtree s on e.parent_id = s.id)
                        select count(*) from plans.progress_update u
                        where u.state = 'APPROVED'
                          and (u.element_id in (select id from subtree)
                               or u.activity_id in (select a.id from plans.activity a where a.element_id in (select id from subtree)))""")
                .param(elementId).query(Integer.class).single();
    }

    int ofActivity(long activityId) {
        return jdbc.sql("select count(*) from plans.progress_update where activity_id = ? and state = 'APPROVED'")
                .param(activityId).query(Integer.class).single();
    }
}
