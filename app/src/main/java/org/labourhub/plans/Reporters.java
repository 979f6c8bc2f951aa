package org.labourhub.plans;

import org.labourhub.accounts.Actor;
import org.labourhub.accounts.Role;
import org.labourhub.directory.Directory;
import org.labourhub.directory.OrganisationRef;
import org.labourhub.directory.OrganisationType;
import org.labourhub.plans.Activities.ResponsibleRef;
import org.labourhub.platform.Constituency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Who reports on an activity: the people who speak for one of its responsible organisations. A focal point speaks
 * for its country's organisations of its constituency (government: ministries; employers' and workers'
 * organisations); other accounts, such as an OAS organ's officer, are listed as reporters of an organisation.
 */
@Repository
public class Reporters {

    /**
     * SQL condition on {@code a} (plans.activity): the actor named by :username reports on it, for one of the
     * organisations :speaksFor (the ids its constituency's organisations of its country have in the directory).
     */
    public static final String REPORTS_ON = """
            exists (select 1 from plans.activity_responsible r
                    where r.activity_id = a.id and (
                        r.organisation_id = any(:speaksFor)
                        or r.organisation_id in (select p.organisation_id from plans.reporter p where p.username = :username)))
            """;

    private final JdbcClient jdbc;
    private final ResponsibleNames names;
    private final Directory directory;

    Reporters(JdbcClient jdbc, ResponsibleNames names, Directory directory) {
        this.jdbc = jdbc;
        this.names = names;
        this.directory = directory;
    }

    boolean reportsOn(Actor actor, long activityId) {
        if (actor.isAnonymous()) {
            return false;
        }
        return jdbc.sql("select " + REPORTS_ON + " from plans.activity a where a.id = :activity")
                .params(parameters(actor)).param("activity", activityId).query(Boolean.class).optional().orElse(false);
    }

    /** Whether the actor reports on at least one activity of the plan. */
    boolean reportsOnPlan(Actor actor, long planId) {
        if (actor.isAnonymous()) {
            return false;
        }
        return jdbc.sql("select exists (select 1 from plans.activity a where a.plan_id = :plan and " + REPORTS_ON + ")")
                .params(parameters(actor)).param("plan", planId).query(Boolean.class).single();
    }

    /** An account that reports for an organisation, with the organisation's label. */
    record Listed(String username, long organisationId, String organisation) {
    }

    /** Lets {@code username} report for an organisation (an organ's officer, say); false if it already does. */
    public boolean add(String username, long organisationId) {
        return jdbc.sql("insert into plans.reporter (username, organisation_id) values (?, ?) on conflict do nothing")
                .params(username, organisationId).update() > 0;
    }

    public boolean remove(String username, long organisationId) {
        return jdbc.sql("delete from plans.reporter where username = ? and organisation_id = ?")
                .params(username, organisationId).update() > 0;
    }

    /** Every reporter with the organisation named in the reader's language, by username then organisation. */
    public List<Listed> all(Locale locale) {
        List<Listed> rows = jdbc.sql("select username, organisation_id from plans.reporter")
                .query((rs, n) -> new Listed(rs.getString(1), rs.getLong(2), null)).list();
        ResponsibleNames.Known known =
                names.of(rows.stream().map(r -> new ResponsibleRef(r.organisationId(), null)).toList());
        Collator collator = Collator.getInstance(locale);
        return rows.stream()
                .map(r -> new Listed(r.username(), r.organisationId(),
                        known.label(new ResponsibleRef(r.organisationId(), null), locale)))
                .sorted(Comparator.comparing(Listed::username).thenComparing(Listed::organisation, collator))
                .toList();
    }

    /**
     * The named parameters {@link #REPORTS_ON} needs for this actor: a focal point speaks for its country's
     * organisations of its constituency, asked of the directory in one look-up.
     */
    public Map<String, Object> parameters(Actor actor) {
        List<OrganisationRef> speaksFor = actor.is(Role.FOCAL_POINT) && actor.countryCode() != null
                ? directory.organisations(actor.countryCode(), organisationTypes(actor.constituency())) : List.of();
        return Map.of("username", actor.username(),
                "speaksFor", speaksFor.stream().map(OrganisationRef::id).toArray(Long[]::new));
    }

    /** The directory's organisation types that speak for a constituency. */
    static List<OrganisationType> organisationTypes(Constituency constituency) {
        if (constituency == null) {
            return List.of();
        }
        return switch (constituency) {
            case GOVERNMENT -> List.of(OrganisationType.MINISTRY_OF_LABOUR, OrganisationType.OTHER_MINISTRY);
            case EMPLOYERS -> List.of(OrganisationType.EMPLOYERS);
            case WORKERS -> List.of(OrganisationType.WORKERS);
        };
    }
}
