package org.labourhub.projects;

import org.labourhub.accounts.AuditedRecords;
import org.labourhub.directory.Directory;
import org.labourhub.platform.i18n.Formats;
import org.labourhub.platform.i18n.Language;
import org.labourhub.platform.i18n.MultilingualText;
import org.labourhub.platform.i18n.MultilingualTextJson;
import org.labourhub.platform.jobs.Jobs;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The projects module's records in the audit trail (projects, imports, merges, exchange rates, monitoring rules…):
 * their pages and names, and in words the codes and references they hold (a status, a participant and its role, a
 * budget with its period and amount, a project referred to by its id).
 */
@Component
public class ProjectsAudit implements AuditedRecords {

    public static final String PROJECT = "projects.project";
    static final String MERGE = "projects.merge";
    static final String DISTINCT = "projects.distinct_pair";
    static final String PARTICIPANT = "projects.participant";
    static final String RATE = "projects.exchange_rate";
    static final String RULES = "projects.monitoring_rules";
    static final String MAPPING = "projects.column_mapping";
    public static final String IATI_IMPORT = "projects.iati-import";
    public static final String SPREADSHEET_IMPORT = "projects.spreadsheet-import";

    private final JdbcClient jdbc;
    private final Directory directory;
    private final MessageSource messages;
    private final Jobs jobs;

    ProjectsAudit(JdbcClient jdbc, Directory directory, MessageSource messages, Jobs jobs) {
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.directory = directory;
        this.messages = messages;
    }

    @Override
    public String module() {
        return "projects";
    }

    @Override
    public Set<String> types() {
        return Set.of(PROJECT, MERGE, DISTINCT, PARTICIPANT, RATE, RULES, MAPPING, IATI_IMPORT, SPREADSHEET_IMPORT);
    }

    @Override
    public Optional<String> page(String type, String id) {
        return switch (type) {
            case PROJECT -> number(id).map(n -> "/projects/" + n);
            case IATI_IMPORT, SPREADSHEET_IMPORT ->
                    number(id).flatMap(jobs::find).map(job -> "/projects/imports/" + job.id());
            case MERGE, DISTINCT -> Optional.of("/projects/duplicates/merges");
            case RATE -> Optional.of("/projects/exchange-rates");
            case RULES -> Optional.of("/projects/monitoring");
            case PARTICIPANT -> organisationOf(id).map(n -> "/organisations/" + n);
            default -> Optional.empty();
        };
    }

    @Override
    public Optional<String> name(String type, String id, Locale locale) {
        return switch (type) {
            case PROJECT -> number(id).flatMap(n -> title(n, locale));
            case DISTINCT -> Optional.of(String.join(" / ", java.util.Arrays.stream(id.split("/"))
                    .map(part -> number(part).flatMap(n -> title(n, locale)).orElse(part)).toList()));
            case RATE -> Optional.of(id.replace('/', ' '));
            case RULES -> label("projects.monitoring.rules", locale);
            case PARTICIPANT -> organisationOf(id).flatMap(directory::organisation).map(o -> o.name().in(locale));
            case MERGE -> number(id).flatMap(n -> jdbc.sql("select kept_id from projects.merge where id = ?").param(n)
                    .query(Long.class).optional()).flatMap(kept -> title(kept, locale));
            default -> Optional.empty();
        };
    }

    /**
     * A merge's fields: the source chosen for each field ("Title: source chosen"), and the kept project's fields before
     * and after the merge ("Title (kept project, before the merge)").
     */
    @Override
    public Optional<String> label(String type, String field, Locale locale) {
        if (!MERGE.equals(type) || !field.contains(".")) {
            return Optional.empty();
        }
        String group = field.substring(0, field.indexOf('.'));
        String rest = field.substring(field.indexOf('.') + 1);
        return switch (group) {
            case "choices" -> label("projects.merge.field." + rest, locale).map(name -> message("audit.field.projects.choice", name, locale));
            case "keptBefore", "keptAfter" -> label("audit.field.projects." + rest, locale)
                    .map(name -> message("audit.field.projects." + group, name, locale));
            default -> Optional.empty();
        };
    }

    private String message(String code, String argument, Locale locale) {
        return messages.getMessage(code, new Object[]{argument}, Language.of(locale).locale());
    }

    private String countryName(String code, Locale locale) {
        return directory.country(code).map(c -> c.name().in(locale))
                .or(() -> IatiCodes.countryName(code, locale)).orElse(code);
    }

    /** A sector as IATI's codelists name it (DAC codes), or as the publisher's own code. */
    private String sectorName(Map<?, ?> item, Locale locale) {
        String code = String.valueOf(item.get("code"));
        Object vocabulary = item.get("vocabulary");
        if (vocabulary == null || "1".equals(vocabulary) || "2".equals(vocabulary)) {
            var name = IatiCodes.sectorName(code, locale);
            if (name.isPresent()) {
                return name.get();
            }
        }
        return messages.getMessage("projects.sector.own", new Object[]{code}, Language.of(locale).locale());
    }

    @Override
    public Optional<String> describe(String type, String field, Object value, Locale locale) {
        if (type == null || !types().contains(type)) {
            return Optional.empty();
        }
        String last = field.substring(field.lastIndexOf('.') + 1);
        if (field.startsWith("choices.") && value instanceof String side) {
            return label("projects.merge.side." + side.toLowerCase(Locale.ROOT), locale);
        }
        if (value instanceof String code) {
            return switch (last) {
                case "status" -> PROJECT.equals(type) ? label("projects.status." + code, locale) : Optional.empty();
                case "modality" -> label("projects.modality." + code, locale);
                case "themes" -> label("projects.theme." + code, locale);
                case "state" -> label("projects.entry.state." + code, locale);
                case "reportingOrgType" -> IatiCodes.organisationTypeName(code, locale);
                default -> Optional.empty();
            };
        }
        if (value instanceof Number id) {
            return switch (last) {
                case "kept", "merged", "first", "second", "keptId", "mergedId" -> title(id.longValue(), locale);
                case "organisation" -> directory.organisation(id.longValue()).map(o -> o.name().in(locale));
                default -> Optional.empty();
            };
        }
        if (value instanceof Map<?, ?> item) {
            var formats = Formats.of(locale, messages);
            return switch (last) {
                case "participants" -> Optional.of(item.get("name") + " (" + label("projects.role." + item.get("role"), locale).orElse("") + ")");
                case "countries" -> Optional.of(countryName(String.valueOf(item.get("country")), locale)
                        + (item.get("percentage") instanceof Number p ? " (" + formats.percent(p) + ")" : ""));
                case "budgets" -> Optional.of(label("projects.budget." + item.get("type"), locale).orElse("") + " · "
                        + formats.period(date(item.get("start")), date(item.get("end"))) + " · "
                        + formats.money((Number) item.get("amount"), String.valueOf(item.get("currency"))));
                case "transactions" -> Optional.of(label("projects.transaction." + item.get("type"), locale).orElse("") + " · "
                        + formats.date(date(item.get("date"))) + " · "
                        + formats.money((Number) item.get("amount"), String.valueOf(item.get("currency")))
                        + (item.get("description") == null ? "" : " · " + item.get("description"))
                        + (item.get("country") == null ? "" : " · " + countryName(String.valueOf(item.get("country")), locale))
                        + (item.get("region") == null ? "" : " · " + IatiCodes
                                .regionName(String.valueOf(item.get("region")), locale).orElse(String.valueOf(item.get("region")))));
                case "sectors" -> Optional.of(sectorName(item, locale) + share(item, formats));
                case "locations" -> Optional.of((item.get("name") instanceof MultilingualText name ? name.in(locale)
                        : messages.getMessage("projects.location.unnamed", null, Language.of(locale).locale()))
                        + (item.get("areas") instanceof List<?> areas && !areas.isEmpty() ? " (" + String.join(", ",
                        areas.stream().map(String::valueOf).toList()) + ")" : ""));
                case "regions" -> Optional.of((item.get("name") instanceof MultilingualText name ? name.in(locale)
                        : String.valueOf(item.get("code"))) + share(item, formats));
                case "documents" -> Optional.of(text(item.get("title"), locale)
                        + (item.get("url") == null ? "" : " (" + item.get("url") + ")"));
                case "results" -> Optional.of(result(item, locale));
                default -> Optional.empty();
            };
        }
        return Optional.empty();
    }

    /** A result with its indicators: "Inspectors trained — Number of inspectors: baseline 0, target 120, achieved 95". */
    private String result(Map<?, ?> result, Locale locale) {
        var line = new StringBuilder(text(result.get("title"), locale));
        if (result.get("indicators") instanceof java.util.List<?> indicators) {
            for (Object each : indicators) {
                if (each instanceof Map<?, ?> indicator) {
                    line.append(" — ").append(messages.getMessage("projects.report.indicator", new Object[]{
                            text(indicator.get("title"), locale), value(indicator.get("baseline"), locale),
                            value(indicator.get("target"), locale), value(indicator.get("actual"), locale)},
                            Language.of(locale).locale()));
                }
            }
        }
        return line.toString();
    }

    private String value(Object value, Locale locale) {
        return value == null ? messages.getMessage("audit.value.empty", null, Language.of(locale).locale()) : String.valueOf(value);
    }

    private static String text(Object value, Locale locale) {
        return value instanceof MultilingualText text ? text.in(locale) : value == null ? "" : String.valueOf(value);
    }

    private static String share(Map<?, ?> item, Formats formats) {
        return item.get("percentage") instanceof Number p ? " (" + formats.percent(p) + ")" : "";
    }

    private Optional<String> title(long project, Locale locale) {
        return jdbc.sql("select title::text from projects.project where id = ?").param(project).query(String.class).optional()
                .map(t -> MultilingualTextJson.read(t).in(locale));
    }

    private static Optional<Long> organisationOf(String participantId) {
        return number(participantId.replace("organisation-", ""));
    }

    private static Optional<Long> number(String id) {
        return id != null && id.matches("\\d{1,18}") ? Optional.of(Long.parseLong(id)) : Optional.empty();
    }

    private static LocalDate date(Object iso) {
        return iso instanceof String s && !s.isEmpty() ? LocalDate.parse(s) : null;
    }

    private Optional<String> label(String code, Locale locale) {
        return Optional.ofNullable(messages.getMessage(code, null, null, Language.of(locale).locale()));
    }
}
