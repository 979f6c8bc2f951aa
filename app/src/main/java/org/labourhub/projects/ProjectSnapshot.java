package org.labourhub.projects;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the audit trail keeps of a project: its fields and parts as plain maps and lists (the domain carries no JSON
 * annotations), in an order that does not depend on how the source listed them, so that a project written again
 * exactly as it was compares equal ("unchanged"): everything a source gives that the registry keeps, so that no
 * change passes for none.
 */
public final class ProjectSnapshot {

    private ProjectSnapshot() {
    }

    public static Map<String, Object> of(Project p) {
        var m = new LinkedHashMap<String, Object>();
        m.put("title", p.title());
        m.put("description", p.description());
        m.put("identifier", p.iatiIdentifier());
        m.put("otherIdentifiers", p.otherIdentifiers().stream().sorted().toList());
        m.put("reportingOrg", p.reportingOrgName());
        m.put("reportingOrgType", p.reportingOrgType());
        m.put("status", p.status() == null ? null : p.status().name());
        m.put("modality", p.modality() == null ? null : p.modality().name());
        m.put("plannedStart", date(p.dates().plannedStart()));
        m.put("plannedEnd", date(p.dates().plannedEnd()));
        m.put("actualStart", date(p.dates().actualStart()));
        m.put("actualEnd", date(p.dates().actualEnd()));
        m.put("defaultCurrency", p.defaultCurrency());
        m.put("participants", p.participants().stream().map(ProjectSnapshot::participant).toList());
        m.put("countries", p.countries().stream().map(ProjectSnapshot::country).toList());
        m.put("themes", p.themes().stream().map(Enum::name).sorted().toList());
        m.put("sdgTargets", p.sdgTargets().stream().sorted().toList());
        m.put("budgets", p.budgets().stream()
                .sorted(Comparator.comparing(Project.Budget::periodStart).thenComparing(Project.Budget::type))
                .map(ProjectSnapshot::budget).toList());
        m.put("transactions", p.transactions().stream()
                .sorted(Comparator.comparing(Project.Transaction::date, Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(ProjectSnapshot::transaction).toList());
        m.put("sectors", p.sectors().stream().map(ProjectSnapshot::sector).toList());
        m.put("regions", p.regions().stream().map(ProjectSnapshot::region).toList());
        m.put("locations", p.locations().stream().map(ProjectSnapshot::location).toList());
        m.put("documents", p.documents().stream().map(ProjectSnapshot::document).toList());
        m.put("results", p.results().stream().map(ProjectSnapshot::result).toList());
        return m;
    }

    private static Map<String, Object> participant(Project.Participant p) {
        var m = new LinkedHashMap<String, Object>();
        m.put("role", p.role().name());
        m.put("name", p.name());
        return m;
    }

    private static Map<String, Object> country(Project.CountryShare c) {
        var m = new LinkedHashMap<String, Object>();
        m.put("country", c.iso2());
        m.put("percentage", cents(c.percentage()));
        return m;
    }

    private static Map<String, Object> budget(Project.Budget b) {
        var m = new LinkedHashMap<String, Object>();
        m.put("type", b.type().name());
        m.put("start", date(b.periodStart()));
        m.put("end", date(b.periodEnd()));
        m.put("amount", cents(b.value().amount()));
        m.put("currency", b.value().currency());
        return m;
    }

    private static Map<String, Object> transaction(Project.Transaction t) {
        var m = new LinkedHashMap<String, Object>();
        m.put("type", t.type().name());
        m.put("date", date(t.date()));
        m.put("amount", cents(t.value().amount()));
        m.put("currency", t.value().currency());
        m.put("description", t.description());
        if (t.recipientCountry() != null) {
            m.put("country", t.recipientCountry());
        }
        if (t.recipientRegion() != null) {
            m.put("region", t.recipientRegion().code());
        }
        return m;
    }

    private static Map<String, Object> location(Project.Location l) {
        var m = new LinkedHashMap<String, Object>();
        m.put("name", l.name());
        m.put("areas", l.administrative().stream().map(Project.Administrative::code).toList());
        return m;
    }

    private static Map<String, Object> sector(Project.SectorShare s) {
        var m = new LinkedHashMap<String, Object>();
        m.put("code", s.code());
        m.put("vocabulary", s.vocabulary());
        m.put("percentage", cents(s.percentage()));
        return m;
    }

    private static Map<String, Object> region(Project.RegionShare r) {
        var m = new LinkedHashMap<String, Object>();
        m.put("code", r.code());
        m.put("name", r.name());
        m.put("percentage", cents(r.percentage()));
        return m;
    }

    private static Map<String, Object> document(Project.DocumentLink d) {
        var m = new LinkedHashMap<String, Object>();
        m.put("title", d.title());
        m.put("url", d.url());
        return m;
    }

    private static Map<String, Object> result(Project.Result r) {
        var m = new LinkedHashMap<String, Object>();
        m.put("type", r.type() == null ? null : r.type().name());
        m.put("title", r.title());
        m.put("indicators", r.indicators().stream().map(ProjectSnapshot::indicator).toList());
        return m;
    }

    private static Map<String, Object> indicator(Project.Indicator i) {
        var m = new LinkedHashMap<String, Object>();
        m.put("title", i.title());
        m.put("measure", i.measure() == null ? null : i.measure().name());
        m.put("baselineYear", i.baselineYear());
        m.put("baseline", i.baselineValue());
        m.put("target", i.targetValue());
        m.put("actual", i.actualValue());
        m.put("year", i.periodYear());
        return m;
    }

    /** Amounts and percentages as numbers, whatever decimals they were written with ("100" and "100.00" are the same). */
    private static BigDecimal cents(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    private static String date(java.time.LocalDate date) {
        return date == null ? null : date.toString();
    }
}
