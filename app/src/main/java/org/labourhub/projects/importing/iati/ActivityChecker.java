package org.labourhub.projects.importing.iati;

import org.labourhub.platform.i18n.Language;
import org.labourhub.platform.i18n.MultilingualText;
import org.labourhub.projects.ActivityStatus;
import org.labourhub.projects.IatiCodelists;
import org.labourhub.projects.ImportProblem;
import org.labourhub.projects.Modality;
import org.labourhub.projects.Money;
import org.labourhub.projects.ParticipantRole;
import org.labourhub.projects.Project;
import org.labourhub.projects.Theme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.labourhub.projects.ImportProblem.Severity.CRITICAL;
import static org.labourhub.projects.ImportProblem.Severity.ERROR;
import static org.labourhub.projects.ImportProblem.Severity.WARNING;

/**
 * Checks one activity against the standard's rules as the IATI Validator grades them — required elements, codelist
 * values, date order, shares adding up to 100, geography on the activity or on every transaction — and LabourHub's
 * own limits, each named before anything reaches the database. A critical problem (no identifier, no title LabourHub
 * can read) refuses the activity; with errors and warnings it is imported, flagged, the faulty value left out or cut
 * to the limit.
 */
final class ActivityChecker {

    private final ActivityDraft d;
    private final ActivitySource source;
    final List<ImportProblem> problems = new ArrayList<>();
    final Values values = new Values(this);

    ActivityChecker(ActivityDraft draft, ActivitySource source) {
        this.d = draft;
        this.source = source;
        problems.addAll(source.problems);
    }

    IatiActivity check() {
        requireIdentity();
        ActivityStatus status = status();
        Project.Dates dates = dates();
        var participants = participants();
        var geography = new GeographyChecker(this, d);
        var countries = geography.countries();
        var regions = geography.regions();
        var locations = geography.locations();
        var sectors = sectors();
        var themes = EnumSet.noneOf(Theme.class);
        var sdgs = new ArrayList<String>();
        Modality modality = tags(themes, sdgs);
        var money = new MoneyChecker(this, d);
        var budgets = money.budgets();
        var transactions = money.transactions(geography);
        geography.checkWhere(transactions);
        var documents = new ResultChecker(this, d).documents();
        var results = new ResultChecker(this, d).results();
        MultilingualText title = text(d.title, d.titleAt, "title", CRITICAL);
        MultilingualText description = optionalText(d.description, d.titleAt, "description");
        var reporting = d.reportingOrg;
        Project project = problems.stream().anyMatch(p -> p.severity() == CRITICAL) ? null
                : new Project(d.identifier, d.otherIdentifiers, reporting == null ? null : reporting.ref(),
                reporting == null ? null : name(first(reporting.name()), reporting.at(), "reporting-org/narrative"),
                reporting == null ? null : reporting.type(), title, description, status, dates, modality,
                Money.isCurrency(d.defaultCurrency) ? d.defaultCurrency : null, participants, countries, regions,
                locations, sectors, themes, sdgs, budgets, transactions, documents, results);
        String lastUpdated = d.lastUpdated == null || d.lastUpdated.length() > Limits.DATE_TIME ? null : d.lastUpdated;
        return new IatiActivity(d.identifier, d.at.line(), project, List.copyOf(problems), d.raw(), source.text,
                source.problems.isEmpty(), lastUpdated);
    }

    /** An error: the activity is imported, flagged, without the faulty value. */
    void problem(Located at, String field, String code, Object... args) {
        problem(ERROR, at, field, code, args);
    }

    void problem(ImportProblem.Severity severity, Located at, String field, String code, Object... args) {
        problems.add(Located.problem(severity, at == null ? d.at : at, d.name(), field, code, args));
    }

    void warning(Located at, String field, String code, Object... args) {
        problem(WARNING, at, field, code, args);
    }

    /** A text value within LabourHub's limit for it, else null and the limit named. */
    String limited(String value, int limit, Located at, String field) {
        if (value != null && value.length() > limit) {
            problem(at, field, "tooLong", limit);
            return null;
        }
        return value;
    }

    private void requireIdentity() {
        if (d.identifier == null || d.identifier.isBlank()) {
            problem(CRITICAL, d.identifierAt, "iati-identifier", "missing");
        } else if (d.identifier.length() > Limits.IDENTIFIER) {
            problem(CRITICAL, d.identifierAt, "iati-identifier", "tooLong", Limits.IDENTIFIER);
        }
        if (d.reportingOrg == null) {
            problem(d.at, "reporting-org", "missing");
            return;
        }
        if (d.reportingOrg.ref() == null) {
            problem(d.reportingOrg.at(), "reporting-org/@ref", "missing");
        } else if (d.reportingOrg.ref().length() > Limits.REF) {
            problem(d.reportingOrg.at(), "reporting-org/@ref", "tooLong", Limits.REF);
            d.reportingOrg = new ActivityDraft.Org(d.reportingOrg.at(), null, d.reportingOrg.type(), null, d.reportingOrg.name());
        }
        if (d.reportingOrg.type() == null) {
            problem(d.reportingOrg.at(), "reporting-org/@type", "missing");
        } else if (!IatiCodelists.ORGANISATION_TYPE.contains(d.reportingOrg.type())) {
            problem(d.reportingOrg.at(), "reporting-org/@type", "code", d.reportingOrg.type(), "OrganisationType");
            d.reportingOrg = new ActivityDraft.Org(d.reportingOrg.at(), d.reportingOrg.ref(), null, null, d.reportingOrg.name());
        }
        if (d.defaultCurrency != null && !Money.isCurrency(d.defaultCurrency)) {
            problem(d.at, "iati-activity/@default-currency", "code", d.defaultCurrency, "Currency");
        }
        for (String ref : d.otherIdentifiers) {
            if (ref.length() > Limits.REF) {
                problem(d.at, "other-identifier/@ref", "tooLong", Limits.REF);
            }
        }
        d.otherIdentifiers.removeIf(ref -> ref.length() > Limits.REF);
    }

    private ActivityStatus status() {
        if (d.status == null) {
            problem(d.statusAt, "activity-status/@code", "missing");
            return null;
        }
        var status = ActivityStatus.ofCode(d.status);
        if (status.isEmpty()) {
            problem(d.statusAt, "activity-status/@code", "code", d.status, "ActivityStatus");
        }
        return status.orElse(null);
    }

    private Project.Dates dates() {
        var byType = new EnumMap<DateType, LocalDate>(DateType.class);
        var where = new EnumMap<DateType, Located>(DateType.class);
        for (var date : d.dates) {
            if (!IatiCodelists.ACTIVITY_DATE_TYPE.contains(String.valueOf(date.type()))) {
                problem(date.at(), "activity-date/@type", "code", date.type(), "ActivityDateType");
                continue;
            }
            LocalDate value = values.date(date.isoDate(), date.at(), "activity-date/@iso-date");
            DateType type = DateType.values()[Integer.parseInt(date.type()) - 1];
            if (value != null) {
                byType.put(type, value);
                where.put(type, date.at());
            }
        }
        if (!byType.containsKey(DateType.PLANNED_START) && !byType.containsKey(DateType.ACTUAL_START)) {
            problem(d.at, "activity-date[@type=1|2]", "noStart");
        }
        order(byType, where, DateType.PLANNED_START, DateType.PLANNED_END);
        order(byType, where, DateType.ACTUAL_START, DateType.ACTUAL_END);
        return new Project.Dates(byType.get(DateType.PLANNED_START), byType.get(DateType.ACTUAL_START),
                byType.get(DateType.PLANNED_END), byType.get(DateType.ACTUAL_END));
    }

    /** An end before its start is an error; the end is left out. */
    private void order(Map<DateType, LocalDate> dates, Map<DateType, Located> where, DateType start, DateType end) {
        LocalDate from = dates.get(start);
        LocalDate to = dates.get(end);
        if (from != null && to != null && to.isBefore(from)) {
            problem(where.get(end), "activity-date", "dateOrder", to, from);
            dates.remove(end);
        }
    }

    private enum DateType { PLANNED_START, ACTUAL_START, PLANNED_END, ACTUAL_END }

    private List<Project.Participant> participants() {
        if (d.participants.isEmpty()) {
            problem(d.at, "participating-org", "missing");
        }
        var participants = new ArrayList<Project.Participant>();
        for (var org : d.participants) {
            var role = ParticipantRole.ofCode(String.valueOf(org.role()));
            if (role.isEmpty()) {
                problem(org.at(), "participating-org/@role", org.role() == null ? "missing" : "code", org.role(), "OrganisationRole");
            }
            String type = org.type();
            if (type != null && !IatiCodelists.ORGANISATION_TYPE.contains(type)) {
                problem(org.at(), "participating-org/@type", "code", type, "OrganisationType");
                type = null;
            }
            String ref = limited(org.ref(), Limits.REF, org.at(), "participating-org/@ref");
            String name = name(first(org.name()), org.at(), "participating-org/narrative");
            if (name == null) {
                name = ref;
            }
            if (name == null) {
                problem(org.at(), "participating-org/narrative", "missing");
            }
            if (role.isPresent() && name != null) {
                participants.add(new Project.Participant(role.get(), ref, name, type, null));
            }
        }
        return participants;
    }

    /** An organisation's name, cut at LabourHub's limit (and the cut named) when it is longer. */
    private String name(String name, Located at, String field) {
        if (name != null && name.length() > Limits.ORGANISATION_NAME) {
            problem(at, field, "cut", Limits.ORGANISATION_NAME);
            return name.substring(0, Limits.ORGANISATION_NAME - 1) + "…";
        }
        return name;
    }

    private List<Project.SectorShare> sectors() {
        var shares = new ArrayList<Project.SectorShare>();
        var byVocabulary = new java.util.LinkedHashMap<String, List<ActivityDraft.Share>>();
        for (var s : d.sectors) {
            if (!validSector(s)) {
                continue;
            }
            byVocabulary.computeIfAbsent(s.vocabulary(), v -> new ArrayList<>()).add(s);
            shares.add(new Project.SectorShare(s.code(), s.vocabulary(), s.vocabularyUri(),
                    values.percentage(s.percentage(), s.at(), "sector/@percentage")));
        }
        byVocabulary.values().forEach(inOne -> values.shares(inOne, "sector/@percentage"));
        return shares;
    }

    private boolean validSector(ActivityDraft.Share s) {
        if (s.code() == null) {
            problem(s.at(), "sector/@code", "missing");
            return false;
        }
        boolean known = switch (s.vocabulary()) {
            case "1" -> IatiCodelists.isDacSector(s.code());
            case "2" -> IatiCodelists.SECTOR_CATEGORY.contains(s.code());
            default -> true;
        };
        if (!known) {
            problem(s.at(), "sector/@code", "code", s.code(), s.vocabulary().equals("1") ? "Sector" : "SectorCategory");
            return false;
        }
        return limited(s.code(), Limits.CODE, s.at(), "sector/@code") != null
                && limited(s.vocabulary(), Limits.TYPE, s.at(), "sector/@vocabulary") != null
                && (s.vocabularyUri() == null || limited(s.vocabularyUri(), Limits.URL, s.at(), "sector/@vocabulary-uri") != null);
    }

    private Modality tags(EnumSet<Theme> themes, List<String> sdgs) {
        Modality modality = d.collaborationType == null ? null
                : LabourHubVocabularies.ofCollaborationType(d.collaborationType).orElse(null);
        for (var tag : d.tags) {
            if (LabourHubVocabularies.SDG_TARGET_VOCABULARY.equals(tag.vocabulary())) {
                if (tag.code() == null || !tag.code().matches("[0-9]{1,2}\\.[0-9a-z]{1,2}")) {
                    warning(tag.at(), "tag/@code", "code", tag.code(), "SDG target");
                } else {
                    sdgs.add(tag.code());
                }
            } else if (LabourHubVocabularies.THEME_URI.equals(tag.vocabularyUri())) {
                themes.add(values.enumValue(Theme.class, tag.code(), tag.at(), "tag/@code"));
            } else if (LabourHubVocabularies.MODALITY_URI.equals(tag.vocabularyUri())) {
                modality = values.enumValue(Modality.class, tag.code(), tag.at(), "tag/@code");
            }
        }
        themes.remove(null);
        return modality;
    }

    /** The narratives in LabourHub's languages; none of them is a problem of the given severity. */
    MultilingualText text(ActivityDraft.Narratives narratives, Located at, String field, ImportProblem.Severity missing) {
        return text(narratives, at, field, missing, true);
    }

    /** A text that may be left out: none is no problem, none in LabourHub's languages a warning. */
    MultilingualText optionalText(ActivityDraft.Narratives narratives, Located at, String field) {
        return text(narratives, at, field, WARNING, false);
    }

    private MultilingualText text(ActivityDraft.Narratives narratives, Located at, String field, ImportProblem.Severity missing,
                                  boolean required) {
        var translations = new EnumMap<Language, String>(Language.class);
        Language original = null;
        if (narratives != null) {
            for (var entry : narratives.entrySet()) {
                var language = Language.ofCode(entry.getKey());
                if (language.isPresent() && !entry.getValue().isBlank()) {
                    translations.putIfAbsent(language.get(), entry.getValue());
                    original = original == null ? language.get() : original;
                }
            }
        }
        if (original == null) {
            if (required || narratives != null && !narratives.isEmpty()) {
                problem(missing, at, field + "/narrative", narratives == null || narratives.isEmpty() ? "missing" : "language");
            }
            return null;
        }
        if (translations.values().stream().anyMatch(t -> t.length() > MultilingualText.MAX_LENGTH)) {
            problem(missing, at, field + "/narrative", "tooLong", MultilingualText.MAX_LENGTH);
            return null;
        }
        return new MultilingualText(original, translations);
    }

    static String first(ActivityDraft.Narratives narratives) {
        return narratives == null ? null : narratives.values().stream().filter(Objects::nonNull)
                .filter(s -> !s.isBlank()).findFirst().orElse(null);
    }
}
