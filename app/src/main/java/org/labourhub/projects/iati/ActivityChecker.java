package org.labourhub.projects.iati;

import org.labourhub.platform.i18n.Language;
import org.labourhub.platform.i18n.MultilingualText;
import org.labourhub.projects.ActivityStatus;
import org.labourhub.projects.Modality;
import org.labourhub.projects.ParticipantRole;
import org.labourhub.projects.Project;
import org.labourhub.projects.Theme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks one activity against the standard's rules — required elements, codelist values, date order, shares adding
 * up to 100 — reporting every problem with its place, and builds the project when there is none.
 */
final class ActivityChecker {

    private final ActivityDraft d;
    final List<IatiProblem> problems = new ArrayList<>();
    final Values values = new Values(this);

    ActivityChecker(ActivityDraft draft) {
        this.d = draft;
    }

    IatiActivity check() {
        requireIdentity();
        ActivityStatus status = status();
        Project.Dates dates = dates();
        var participants = participants();
        var countries = countries();
        var regions = regions();
        var sectors = sectors();
        checkGeography();
        var themes = EnumSet.noneOf(Theme.class);
        var sdgs = new ArrayList<String>();
        Modality modality = tags(themes, sdgs);
        var money = new MoneyChecker(this, d);
        var budgets = money.budgets();
        var transactions = money.transactions();
        var documents = new ResultChecker(this, d).documents();
        var results = new ResultChecker(this, d).results();
        MultilingualText title = text(d.title, d.titleAt, "title", true);
        MultilingualText description = text(d.description, d.titleAt, "description", false);
        Project project = problems.isEmpty()
                ? new Project(d.identifier, d.otherIdentifiers, d.reportingOrg.ref(), first(d.reportingOrg.name()), title,
                description, status, dates, modality, d.defaultCurrency, participants, countries, regions, sectors,
                themes, sdgs, budgets, transactions, documents, results)
                : null;
        return new IatiActivity(d.identifier, d.at.line(), project, List.copyOf(problems), d.raw());
    }

    void problem(Located at, String field, String code, Object... args) {
        problems.add(IatiProblem.at(at == null ? d.at : at, d.name(), field, code, args));
    }

    private void requireIdentity() {
        if (d.identifier == null || d.identifier.isBlank()) {
            problem(d.identifierAt, "iati-identifier", "missing");
        } else if (d.identifier.length() > 200) {
            problem(d.identifierAt, "iati-identifier", "tooLong", 200);
        }
        if (d.reportingOrg == null) {
            problem(d.at, "reporting-org", "missing");
        } else {
            if (d.reportingOrg.ref() == null) {
                problem(d.reportingOrg.at(), "reporting-org/@ref", "missing");
            }
            if (d.reportingOrg.type() != null && !IatiCodelists.ORGANISATION_TYPE.contains(d.reportingOrg.type())) {
                problem(d.reportingOrg.at(), "reporting-org/@type", "code", d.reportingOrg.type(), "OrganisationType");
            }
        }
        if (d.defaultCurrency != null && !org.labourhub.projects.Money.isCurrency(d.defaultCurrency)) {
            problem(d.at, "iati-activity/@default-currency", "code", d.defaultCurrency, "Currency");
        }
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
            byType.put(type, value);
            where.put(type, date.at());
        }
        if (!byType.containsKey(DateType.PLANNED_START) && !byType.containsKey(DateType.ACTUAL_START)) {
            problem(d.at, "activity-date[@type=1|2]", "noStart");
        }
        order(byType, where, DateType.PLANNED_START, DateType.PLANNED_END);
        order(byType, where, DateType.ACTUAL_START, DateType.ACTUAL_END);
        try {
            return new Project.Dates(byType.get(DateType.PLANNED_START), byType.get(DateType.ACTUAL_START),
                    byType.get(DateType.PLANNED_END), byType.get(DateType.ACTUAL_END));
        } catch (IllegalArgumentException reported) {
            return null;
        }
    }

    private void order(Map<DateType, LocalDate> dates, Map<DateType, Located> where, DateType start, DateType end) {
        LocalDate from = dates.get(start);
        LocalDate to = dates.get(end);
        if (from != null && to != null && to.isBefore(from)) {
            problem(where.get(end), "activity-date", "dateOrder", to, from);
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
            if (org.type() != null && !IatiCodelists.ORGANISATION_TYPE.contains(org.type())) {
                problem(org.at(), "participating-org/@type", "code", org.type(), "OrganisationType");
            }
            String name = first(org.name());
            if (name == null) {
                name = org.ref();
            }
            if (name == null) {
                problem(org.at(), "participating-org/narrative", "missing");
            }
            if (role.isPresent() && name != null) {
                participants.add(new Project.Participant(role.get(), org.ref(), name, org.type(), null));
            }
        }
        return participants;
    }

    private List<Project.CountryShare> countries() {
        var shares = new ArrayList<Project.CountryShare>();
        for (var c : d.countries) {
            if (c.code() == null || !IatiCodelists.COUNTRY.contains(c.code())) {
                problem(c.at(), "recipient-country/@code", c.code() == null ? "missing" : "code", c.code(), "Country");
                continue;
            }
            shares.add(new Project.CountryShare(c.code(), values.percentage(c.percentage(), c.at(), "recipient-country/@percentage")));
        }
        return shares;
    }

    private List<Project.RegionShare> regions() {
        var shares = new ArrayList<Project.RegionShare>();
        for (var r : d.regions) {
            if (r.vocabulary().equals("1") && (r.code() == null || !IatiCodelists.REGION.contains(r.code()))) {
                problem(r.at(), "recipient-region/@code", "code", r.code(), "Region");
                continue;
            }
            shares.add(new Project.RegionShare(r.code(), r.vocabulary(), values.percentage(r.percentage(), r.at(), "recipient-region/@percentage"),
                    text(r.name(), r.at(), "recipient-region", false)));
        }
        return shares;
    }

    private void checkGeography() {
        if (d.countries.isEmpty() && d.regions.isEmpty()) {
            problem(d.at, "recipient-country", "noGeography");
            return;
        }
        var shares = new ArrayList<BigDecimal>();
        d.countries.forEach(c -> shares.add(values.quietDecimal(c.percentage())));
        d.regions.stream().filter(r -> r.vocabulary().equals("1")).forEach(r -> shares.add(values.quietDecimal(r.percentage())));
        if (!Values.sumTo100(shares)) {
            problem(d.countries.isEmpty() ? d.regions.get(0).at() : d.countries.get(0).at(),
                    "recipient-country/@percentage", "percentages", Values.sum(shares));
        }
    }

    private List<Project.SectorShare> sectors() {
        var dac = d.sectors.stream().filter(s -> s.vocabulary().equals("1")).toList();
        var shares = new ArrayList<Project.SectorShare>();
        for (var s : dac) {
            if (!IatiCodelists.isDacSector(s.code())) {
                problem(s.at(), "sector/@code", "code", s.code(), "Sector");
                continue;
            }
            shares.add(new Project.SectorShare(s.code(), values.percentage(s.percentage(), s.at(), "sector/@percentage")));
        }
        var percentages = dac.stream().map(s -> values.quietDecimal(s.percentage())).toList();
        if (!dac.isEmpty() && !Values.sumTo100(percentages)) {
            problem(dac.get(0).at(), "sector/@percentage", "percentages", Values.sum(percentages));
        }
        return shares;
    }

    private Modality tags(EnumSet<Theme> themes, List<String> sdgs) {
        Modality modality = d.collaborationType == null ? null
                : LabourHubVocabularies.ofCollaborationType(d.collaborationType).orElse(null);
        for (var tag : d.tags) {
            if (LabourHubVocabularies.SDG_TARGET_VOCABULARY.equals(tag.vocabulary())) {
                if (tag.code() == null || !tag.code().matches("[0-9]{1,2}\\.[0-9a-z]{1,2}")) {
                    problem(tag.at(), "tag/@code", "code", tag.code(), "SDG target");
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

    MultilingualText text(ActivityDraft.Narratives narratives, Located at, String field, boolean required) {
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
            if (required) {
                problem(at, field + "/narrative", narratives == null || narratives.isEmpty() ? "missing" : "language");
            }
            return null;
        }
        try {
            return new MultilingualText(original, translations);
        } catch (IllegalArgumentException tooLong) {
            problem(at, field + "/narrative", "tooLong", MultilingualText.MAX_LENGTH);
            return null;
        }
    }

    static String first(ActivityDraft.Narratives narratives) {
        return narratives == null ? null : narratives.values().stream().filter(Objects::nonNull)
                .filter(s -> !s.isBlank()).findFirst().orElse(null);
    }
}
