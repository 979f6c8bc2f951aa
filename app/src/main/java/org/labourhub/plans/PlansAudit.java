package org.labourhub.plans;

import org.labourhub.accounts.AuditedRecords;
import org.labourhub.directory.Directory;
import org.labourhub.platform.i18n.Formats;
import org.labourhub.platform.i18n.Language;
import org.labourhub.platform.i18n.MultilingualTextJson;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The plans module's records in the audit trail (plans, elements, indicators and their targets and values,
 * activities, reporting cycles, progress updates, reporters): their pages and names, and in words the codes and
 * references they hold (a status, a kind of calendar, the plan or element referred to by its id, an organisation by
 * its key).
 */
@Component
class PlansAudit implements AuditedRecords {

    static final String PLAN = "plan";
    static final String ELEMENT = "plan-element";
    static final String ACTIVITY = "activity";
    static final String INDICATOR = "indicator";
    static final String TARGET = "indicator-target";
    static final String VALUE = "indicator-value";
    static final String CYCLE = "reporting-cycle";
    static final String REMINDER = "reminder";
    static final String UPDATE = "progress-update";
    static final String REPORTER = "plan-reporter";

    private final JdbcClient jdbc;
    private final Directory directory;
    private final MessageSource messages;

    PlansAudit(JdbcClient jdbc, Directory directory, MessageSource messages) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.messages = messages;
    }

    @Override
    public String module() {
        return "plans";
    }

    @Override
    public Set<String> types() {
        return Set.of(PLAN, ELEMENT, ACTIVITY, INDICATOR, TARGET, VALUE, CYCLE, REMINDER, UPDATE, REPORTER);
    }

    @Override
    public Optional<String> page(String type, String id) {
        if (REPORTER.equals(type)) {
            return Optional.of("/plans/reporters");
        }
        Optional<Long> n = number(id);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        long key = n.get();
        return switch (type) {
            case PLAN -> one("select id from plans.plan where id = ?", key).map(plan -> "/plans/" + plan);
            case ELEMENT -> one("select plan_id from plans.element where id = ?", key).map(plan -> "/plans/" + plan + "#element-" + key);
            case ACTIVITY -> one("select plan_id from plans.activity where id = ?", key)
                    .map(plan -> "/plans/" + plan + "/activities/" + key);
            case INDICATOR -> indicatorPage(key);
            case TARGET -> one("select indicator_id from plans.indicator_target where id = ?", key).flatMap(this::indicatorPage);
            case VALUE -> one("select indicator_id from plans.indicator_value where id = ?", key).flatMap(this::indicatorPage);
            case CYCLE, REMINDER -> one("select plan_id from plans.reporting_cycle where id = ?", key)
                    .map(plan -> "/plans/" + plan + "/cycles/" + key);
            case UPDATE -> jdbc.sql("""
                            select a.plan_id, a.id from plans.progress_update u join plans.activity a on a.id = u.activity_id
                            where u.id = ?""").param(key)
                    .query((rs, row) -> "/plans/" + rs.getLong(1) + "/activities/" + rs.getLong(2)).optional();
            default -> Optional.empty();
        };
    }

    @Override
    public Optional<String> name(String type, String id, Locale locale) {
        Optional<Long> n = number(id);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        return switch (type) {
            case PLAN -> text("select name::text from plans.plan where id = ?", n.get(), locale);
            case ELEMENT -> text("select title::text from plans.element where id = ?", n.get(), locale);
            case ACTIVITY -> text("select title::text from plans.activity where id = ?", n.get(), locale);
            case INDICATOR -> text("select name::text from plans.indicator where id = ?", n.get(), locale);
            case TARGET -> text("""
                    select i.name::text from plans.indicator_target t join plans.indicator i on i.id = t.indicator_id
                    where t.id = ?""", n.get(), locale);
            case VALUE -> text("""
                    select i.name::text from plans.indicator_value v join plans.indicator i on i.id = v.indicator_id
                    where v.id = ?""", n.get(), locale);
            case UPDATE -> text("""
                    select a.title::text from plans.progress_update u join plans.activity a on a.id = u.activity_id
                    where u.id = ?""", n.get(), locale);
            case CYCLE, REMINDER -> cycle(n.get(), locale);
            default -> Optional.empty();
        };
    }

    @Override
    public Optional<String> describe(String type, String field, Object value, Locale locale) {
        if (type == null || !types().contains(type)) {
            return Optional.empty();
        }
        String last = field.substring(field.lastIndexOf('.') + 1);
        if (value instanceof String code) {
            return switch (last) {
                case "status" -> label((PLAN.equals(type) ? "plans.planStatus." : "plans.status.") + code, locale);
                case "kind" -> label("plans.kind." + code, locale);
                case "calendarKind" -> label("plans.calendarKind." + code, locale);
                case "measure" -> label("plans.measure." + code, locale);
                case "state" -> label("plans.updateState." + code, locale);
                case "sex" -> label("plans.sex." + code, locale);
                case "responsible", "organisation" -> directory.organisation(code).map(o -> o.name().in(locale));
                default -> Optional.empty();
            };
        }
        if (value instanceof Number n) {
            long id = n.longValue();
            return switch (last) {
                case "planId" -> text("select name::text from plans.plan where id = ?", id, locale);
                case "parentId", "elementId" -> text("select title::text from plans.element where id = ?", id, locale);
                case "activityId" -> text("select title::text from plans.activity where id = ?", id, locale);
                case "indicatorId" -> text("select name::text from plans.indicator where id = ?", id, locale);
                case "cycleId" -> cycle(id, locale);
                case "level" -> Optional.of(Formats.of(locale, messages).number(id + 1));
                default -> Optional.empty();
            };
        }
        return Optional.empty();
    }

    private Optional<String> indicatorPage(long indicator) {
        return one("select e.plan_id from plans.indicator i join plans.element e on e.id = i.element_id where i.id = ?", indicator)
                .map(plan -> "/plans/" + plan + "/indicators/" + indicator);
    }

    /** A reporting cycle by its plan and the day it reports on. */
    private Optional<String> cycle(long id, Locale locale) {
        var formats = Formats.of(locale, messages);
        return jdbc.sql("""
                        select p.name::text, c.as_of from plans.reporting_cycle c join plans.plan p on p.id = c.plan_id
                        where c.id = ?""").param(id)
                .query((rs, row) -> messages.getMessage("plans.audit.cycle", new Object[]{
                        MultilingualTextJson.read(rs.getString(1)).in(locale),
                        formats.date(rs.getObject(2, java.time.LocalDate.class))}, Language.of(locale).locale()))
                .optional();
    }

    private Optional<Long> one(String sql, long id) {
        return jdbc.sql(sql).param(id).query(Long.class).optional();
    }

    private Optional<String> text(String sql, long id, Locale locale) {
        return jdbc.sql(sql).param(id).query(String.class).optional().map(t -> MultilingualTextJson.read(t).in(locale));
    }

    private static Optional<Long> number(String id) {
        return id != null && id.matches("\\d{1,18}") ? Optional.of(Long.parseLong(id)) : Optional.empty();
    }

    private Optional<String> label(String code, Locale locale) {
        return Optional.ofNullable(messages.getMessage(code, null, null, Language.of(locale).locale()));
    }
}
