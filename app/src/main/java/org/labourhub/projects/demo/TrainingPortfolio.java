package org.labourhub.projects.demo;

import org.labourhub.directory.OrganisationRef;
import org.labourhub.platform.i18n.MultilingualText;
import org.labourhub.platform.i18n.MultilingualTextJson;
import org.labourhub.projects.ActivityStatus;
import org.labourhub.projects.BudgetType;
import org.labourhub.projects.Incoming;
import org.labourhub.projects.IndicatorMeasure;
import org.labourhub.projects.Modality;
import org.labourhub.projects.Money;
import org.labourhub.projects.ParticipantRole;
import org.labourhub.projects.Project;
import org.labourhub.projects.ProvenanceRecord;
import org.labourhub.projects.ResultType;
import org.labourhub.projects.Source;
import org.labourhub.projects.Theme;
import org.labourhub.projects.TransactionType;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * The fictional portfolio as whole projects: each project of {@code demo/training/projects.json} with its themes'
 * texts ({@code themes.json}), a budget per year, and a commitment, yearly incoming funds and quarterly disbursements
 * and expenditure up to the last completed quarter before {@code today}. How the money is spent follows the project's
 * pattern: on track, slow (a late start and low delivery), overspent (a revised budget, spending above it), stalled
 * (nothing spent for ten months), ended but left open, or not started. The random variation comes from a fixed seed,
 * so the same day always gives the same figures.
 */
final class TrainingPortfolio {

    static final long SEED = 20_190_101L;

    private final JsonNode file;
    private final JsonNode themes;
    private final Function<String, OrganisationRef> organisations;
    private final LocalDate today;

    TrainingPortfolio(JsonNode file, JsonNode themes, Function<String, OrganisationRef> organisations, LocalDate today) {
        this.file = file;
        this.themes = themes;
        this.organisations = organisations;
        this.today = today;
    }

    /** A fictional project and the date of its last progress report to its donor (null: none yet). */
    record Planned(Incoming incoming, LocalDate lastProgressReport) {
    }

    private enum Pattern { ON_TRACK, SLOW, OVERSPENT, STALLED, ENDED_OPEN, PIPELINE }

    List<Planned> projects() {
        var planned = new ArrayList<Planned>();
        int index = 0;
        for (JsonNode p : file.get("projects")) {
            planned.add(project(p, new Random(SEED + index++)));
        }
        return planned;
    }

    private Planned project(JsonNode p, Random random) {
        String key = p.get("key").asString();
        Pattern pattern = Pattern.valueOf(p.get("pattern").asString());
        LocalDate start = LocalDate.parse(p.get("start").asString());
        LocalDate end = LocalDate.parse(p.get("end").asString());
        LocalDate actualStart = start.isAfter(today) ? null : pattern == Pattern.SLOW ? start.plusMonths(3) : start;
        ActivityStatus status = status(pattern, start, end);
        String currency = file.get("currencies").get(p.get("funders").get(0).asString()).asString();
        BigDecimal total = new BigDecimal(p.get("budget").asString());
        List<String> themeNames = new ArrayList<>();
        p.get("themes").forEach(t -> themeNames.add(t.asString()));
        JsonNode theme = themes.get(themeNames.get(0));

        var budgets = new ArrayList<Project.Budget>();
        var transactions = new ArrayList<Project.Transaction>();
        if (actualStart != null) {
            transactions.add(new Project.Transaction(TransactionType.COMMITMENT, start, money(total, currency, start), null));
        }
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        for (int year = start.getYear(); year <= end.getYear(); year++) {
            LocalDate from = max(start, LocalDate.of(year, 1, 1));
            LocalDate to = min(end, LocalDate.of(year, 12, 31));
            BigDecimal yearly = share(total, ChronoUnit.DAYS.between(from, to) + 1, days);
            budgets.add(new Project.Budget(BudgetType.ORIGINAL, from, to, money(yearly, currency, from)));
            if (pattern == Pattern.OVERSPENT && year == start.getYear() + 1) {
                budgets.add(new Project.Budget(BudgetType.REVISED, from, to,
                        money(yearly.multiply(new BigDecimal("1.10")), currency, from)));
            }
            if (actualStart != null && !from.isAfter(today)) {
                transactions.add(new Project.Transaction(TransactionType.INCOMING_FUNDS, from, money(yearly, currency, from), null));
            }
            quarters(pattern, year - start.getYear(), max(from, actualStart == null ? from : actualStart), to, yearly,
                    ChronoUnit.DAYS.between(from, to) + 1, currency, random, transactions);
        }

        var participants = new ArrayList<Project.Participant>();
        p.get("funders").forEach(f -> participants.add(participant(ParticipantRole.FUNDING, f.asString())));
        p.get("implementing").forEach(o -> participants.add(participant(ParticipantRole.IMPLEMENTING, o.asString())));
        var countries = new ArrayList<Project.CountryShare>();
        for (JsonNode c : p.get("countries")) {
            countries.add(new Project.CountryShare(c.get("code").asString(),
                    c.hasNonNull("percentage") ? new BigDecimal(c.get("percentage").asString()) : null));
        }
        Set<String> sectors = new LinkedHashSet<>();
        Set<String> sdgs = new LinkedHashSet<>();
        var themeSet = EnumSet.noneOf(Theme.class);
        for (String name : themeNames) {
            themeSet.add(Theme.valueOf(name));
            sectors.add(themes.get(name).get("sector").asString());
            sdgs.add(themes.get(name).get("sdg").asString());
        }
        var project = new Project("XM-LABOURHUB-FICTIONAL-" + key.toUpperCase(java.util.Locale.ROOT), List.of(),
                "XM-LABOURHUB", "LabourHub", "40", text(p.get("title")), text(theme.get("description")), status,
                new Project.Dates(start, actualStart, end, status == ActivityStatus.CLOSED ? end : null),
                Modality.valueOf(p.get("modality").asString()), currency, participants, countries, List.of(), List.of(),
                sectors.stream().map(s -> new Project.SectorShare(s, null)).toList(), themeSet, List.copyOf(sdgs),
                budgets, transactions, List.of(), List.of(result(theme, pattern, status, start, end, total, currency, random)));
        var provenance = new ProvenanceRecord(Source.TRAINING, key, null, OffsetDateTime.now(), "demo-data", null);
        return new Planned(new Incoming(project, provenance), lastReport(p, status, end));
    }

    private ActivityStatus status(Pattern pattern, LocalDate start, LocalDate end) {
        if (start.isAfter(today)) {
            return ActivityStatus.PIPELINE;
        }
        if (pattern == Pattern.ENDED_OPEN || !end.isBefore(today)) {
            return ActivityStatus.IMPLEMENTATION;
        }
        return end.isBefore(today.minusDays(180)) ? ActivityStatus.CLOSED : ActivityStatus.FINALISATION;
    }

    /**
     * A disbursement at the start and the expenditure at the end of each quarter of the year that is over before
     * today's quarter began (for a stalled project, before the quarter ten months ago).
     */
    private void quarters(Pattern pattern, int projectYear, LocalDate from, LocalDate to, BigDecimal yearly, long yearDays,
                          String currency, Random random, List<Project.Transaction> into) {
        if (pattern == Pattern.PIPELINE || from.isAfter(to)) {
            return;
        }
        LocalDate cutoff = quarterStart(pattern == Pattern.STALLED ? today.minusMonths(10) : today);
        for (LocalDate q = quarterStart(from); !q.isAfter(to); q = q.plusMonths(3)) {
            LocalDate qs = max(q, from);
            LocalDate qe = min(q.plusMonths(3).minusDays(1), to);
            if (!qe.isBefore(cutoff)) {
                return;
            }
            BigDecimal planned = share(yearly, ChronoUnit.DAYS.between(qs, qe) + 1, yearDays);
            into.add(new Project.Transaction(TransactionType.DISBURSEMENT, qs, money(planned, currency, qs), null));
            double spent = spending(pattern, projectYear) * (0.9 + 0.2 * random.nextDouble());
            into.add(new Project.Transaction(TransactionType.EXPENDITURE, qe,
                    money(planned.multiply(BigDecimal.valueOf(spent)), currency, qe), null));
        }
    }

    /** The share of a quarter's budget a pattern spends in the project's n-th year. */
    private static double spending(Pattern pattern, int projectYear) {
        return switch (pattern) {
            case ON_TRACK -> projectYear == 0 ? 0.75 : 0.95;
            case SLOW -> projectYear == 0 ? 0.2 : projectYear == 1 ? 0.35 : 0.55;
            case OVERSPENT -> projectYear == 0 ? 0.9 : 1.2;
            case STALLED -> 0.85;
            case ENDED_OPEN -> 0.7;
            case PIPELINE -> 0;
        };
    }

    /** One outcome measured by the first theme's indicator: a target scaled to the budget, and what was achieved. */
    private Project.Result result(JsonNode theme, Pattern pattern, ActivityStatus status, LocalDate start, LocalDate end,
                                  BigDecimal total, String currency, Random random) {
        double usd = total.doubleValue() / rate(currency, start.getYear());
        double scale = Math.max(0.3, Math.min(3, usd / 2_000_000));
        long target = Math.max(5, Math.round(theme.get("base").asInt() * scale * (0.8 + 0.4 * random.nextDouble())));
        String actual = null;
        if (status != ActivityStatus.PIPELINE) {
            double elapsed = Math.min(1, (double) ChronoUnit.DAYS.between(start, today) / ChronoUnit.DAYS.between(start, end));
            actual = String.valueOf(Math.round(target * elapsed * Math.min(1, spending(pattern, 2) + 0.1)));
        }
        var indicator = new Project.Indicator(IndicatorMeasure.UNIT, text(theme.get("indicator")), start.getYear(), "0",
                String.valueOf(target), actual, Math.min(today.getYear(), end.getYear()));
        return new Project.Result(ResultType.OUTCOME, text(theme.get("result")), List.of(indicator));
    }

    private LocalDate lastReport(JsonNode p, ActivityStatus status, LocalDate end) {
        if (status == ActivityStatus.PIPELINE) {
            return null;
        }
        JsonNode months = p.get("reportMonthsAgo");
        if (months != null && !months.isNull()) {
            return today.minusMonths(months.asInt());
        }
        return status == ActivityStatus.CLOSED ? end.plusDays(60) : null;
    }

    private double rate(String currency, int year) {
        if (currency.equals("USD")) {
            return 1;
        }
        double nearest = 1;
        int distance = Integer.MAX_VALUE;
        for (JsonNode r : file.get("exchangeRates")) {
            int d = Math.abs(r.get("year").asInt() - year);
            if (r.get("currency").asString().equals(currency) && d < distance) {
                distance = d;
                nearest = r.get("unitsPerUsd").asDouble();
            }
        }
        return nearest;
    }

    private Project.Participant participant(ParticipantRole role, String key) {
        OrganisationRef org = organisations.apply(key);
        // the name kept with the participant is the English one, as for the demo projects; pages name a linked
        // participant as the directory does in the reader's language
        return new Project.Participant(role, null, org.label(java.util.Locale.ENGLISH), null, org.id());
    }

    private static Money money(BigDecimal amount, String currency, LocalDate valueDate) {
        return new Money(amount.setScale(2, RoundingMode.HALF_UP), currency, valueDate);
    }

    private static BigDecimal share(BigDecimal total, long part, long whole) {
        return total.multiply(BigDecimal.valueOf(part)).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    private static LocalDate quarterStart(LocalDate day) {
        return LocalDate.of(day.getYear(), (day.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1, 1);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static MultilingualText text(JsonNode node) {
        return MultilingualTextJson.read(node.toString());
    }
}
