package org.labourhub.plans;

import org.labourhub.platform.i18n.MultilingualText;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the audit trail keeps of the module's records: plain maps, so that the domain carries no JSON annotations.
 * Dates go as ISO strings, numbers as numbers, codes by name and absent values as nulls, so that the trail can write
 * each for its reader (see {@link PlansAudit}).
 */
public final class AuditSummaries {

    private AuditSummaries() {
    }

    public static LinkedHashMap<String, Object> of(Activity a) {
        var m = new LinkedHashMap<String, Object>();
        m.put("number", a.number());
        m.put("title", text(a.title()));
        m.put("calendar", text(a.calendar().text()));
        m.put("calendarKind", a.calendar().kind().name());
        m.put("start", string(a.calendar().start()));
        m.put("end", string(a.calendar().end()));
        m.put("status", string(a.status()));
        m.put("resourcesAvailable", text(a.resourcesAvailable()));
        m.put("resourcesMissing", text(a.resourcesMissing()));
        m.put("projectRef", a.projectRef());
        m.put("version", a.version());
        return m;
    }

    /** Territory codes as the trail keeps them: a list of the codes' text. */
    public static java.util.List<String> codes(java.util.List<org.labourhub.platform.TerritoryCode> codes) {
        return codes.stream().map(org.labourhub.platform.TerritoryCode::value).toList();
    }

    public static Map<String, Object> of(ProgressUpdate u) {
        var m = new LinkedHashMap<String, Object>();
        m.put("activityId", u.activityId());
        m.put("cycleId", u.cycleId());
        m.put("asOf", string(u.asOf()));
        m.put("text", text(u.text()));
        m.put("status", string(u.status()));
        m.put("state", u.state().name());
        m.put("reviewedBy", u.reviewedBy());
        m.put("reviewComment", u.reviewComment());
        m.put("reopenedBy", u.reopening() == null ? null : u.reopening().by());
        m.put("reopenReason", u.reopening() == null ? null : u.reopening().reason());
        return m;
    }

    public static Map<String, Object> of(ReportingCycle c, int assignments) {
        var m = new LinkedHashMap<String, Object>();
        m.put("planId", c.planId());
        m.put("asOf", string(c.asOf()));
        m.put("due", string(c.due()));
        m.put("open", c.open());
        m.put("assignments", assignments);
        return m;
    }

    public static Map<String, Object> of(PlanOfAction p) {
        var m = new LinkedHashMap<String, Object>();
        m.put("key", p.key());
        m.put("name", text(p.name()));
        m.put("kind", p.kind().name());
        m.put("status", p.status().name());
        m.put("period", p.period() == null ? null : p.period().start() + "/" + p.period().end());
        m.put("version", p.version());
        return m;
    }

    public static Object text(MultilingualText t) {
        return t;
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }

    public static Map<String, Object> of(Elements.Element e) {
        var m = new LinkedHashMap<String, Object>();
        m.put("planId", e.planId());
        m.put("parentId", e.parentId());
        m.put("level", e.level());
        m.put("number", e.number());
        m.put("title", text(e.title()));
        m.put("description", text(e.description()));
        m.put("version", e.version());
        return m;
    }

    public static Map<String, Object> of(Indicators.Indicator i) {
        var m = new LinkedHashMap<String, Object>();
        m.put("elementId", i.elementId());
        m.put("number", i.number());
        m.put("name", text(i.name()));
        m.put("measure", i.measure().name());
        m.put("baseline", i.baseline());
        m.put("baselineYear", i.baselineYear());
        m.put("source", text(i.source()));
        m.put("comment", text(i.comment()));
        m.put("version", i.version());
        return m;
    }
}
