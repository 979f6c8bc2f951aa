package org.labourhub.plans.browsing;

import org.labourhub.accounts.Actor;
import org.labourhub.plans.PlanContent.ActivityView;
import org.labourhub.plans.PlanContent.IndicatorView;
import org.labourhub.plans.PlanContent.Node;
import org.labourhub.plans.PlanContent.PeriodValue;
import org.labourhub.plans.PlanContent;
import org.labourhub.plans.PlanContents;
import org.labourhub.plans.PlanOfAction;
import org.labourhub.plans.PlansPolicy;
import org.labourhub.platform.i18n.Formats;
import org.labourhub.platform.i18n.MultilingualText;
import org.labourhub.platform.web.RecordNotFound;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The plans as JSON (drafts only for those who may read them), texts in the reader's language (with the original language named). */
@RestController
@RequestMapping("/api/plans")
class PlansApi {

    private final PlanListing listing;
    private final PlanContents contents;
    private final PlansPolicy policy;
    private final MessageSource messages;

    PlansApi(PlanListing listing, PlanContents contents, PlansPolicy policy, MessageSource messages) {
        this.listing = listing;
        this.contents = contents;
        this.policy = policy;
        this.messages = messages;
    }

    @GetMapping
    List<Map<String, Object>> plans(Locale locale) {
        Actor actor = Actor.current();
        return listing.all(locale).stream().filter(p -> policy.canRead(actor, p.id(), p.status())).map(p -> map("id", p.id(), "key", p.key(), "name", p.name().in(locale),
                "kind", p.kind(), "status", p.status(), "periodStart", p.periodStart(), "periodEnd", p.periodEnd(),
                "owners", p.owners(), "elements", p.elements(), "activities", p.activities(),
                "indicators", p.indicators())).toList();
    }

    @GetMapping("/{id}")
    Map<String, Object> plan(@PathVariable long id, Locale locale) {
        PlanContent c = contents.load(id, LocalDate.now());
        PlanOfAction p = c.plan();
        return map("id", p.id(), "key", p.key(), "name", p.name().in(locale), "originalLanguage", p.name().original().code(),
                "kind", p.kind(), "status", p.status(), "periodStart", p.period() == null ? null : p.period().start(),
                "periodEnd", p.period() == null ? null : p.period().end(),
                "levels", p.levels().stream().map(l -> l.in(locale)).toList(),
                "elements", c.roots().stream().map(n -> node(n, Formats.of(locale, messages))).toList());
    }

    @GetMapping("/{id}/timeline")
    List<Map<String, Object>> timeline(@PathVariable long id, Locale locale) {
        Formats formats = Formats.of(locale, messages);
        return Timeline.of(contents.load(id, LocalDate.now())).stream().filter(Timeline.Row::isDated)
                .map(r -> map("id", r.id(), "label", r.activity().label(locale), "start", r.start(), "end", r.end(),
                        "dates", formats.period(r.start(), r.end()),
                        "status", r.activity().status(), "calendar", r.activity().calendar().in(formats)))
                .toList();
    }

    @GetMapping("/{id}/indicators/{indicatorId}")
    Map<String, Object> indicator(@PathVariable long id, @PathVariable long indicatorId, Locale locale) {
        IndicatorView i = contents.load(id, LocalDate.now()).elements().stream().flatMap(n -> n.indicators().stream())
                .filter(x -> x.id() == indicatorId).findFirst()
                .orElseThrow(() -> new RecordNotFound("indicator", indicatorId));
        return indicator(i, Formats.of(locale, messages));
    }

    private static Map<String, Object> node(Node n, Formats formats) {
        Locale locale = formats.locale();
        return map("id", n.id(), "level", n.level(), "number", n.number(), "title", text(n.title(), locale),
                "description", text(n.description(), locale),
                "indicators", n.indicators().stream().map(i -> indicator(i, formats)).toList(),
                "activities", n.activities().stream().map(a -> activity(a, formats)).toList(),
                "children", n.children().stream().map(c -> node(c, formats)).toList());
    }

    private static Map<String, Object> activity(ActivityView a, Formats formats) {
        Locale locale = formats.locale();
        return map("id", a.id(), "number", a.number(), "title", text(a.title(), locale), "status", a.status(),
                "calendar", a.calendar().in(formats), "calendarKind", a.calendar().kind(), "start", a.calendar().start(),
                "end", a.calendar().end(), "responsible", a.responsibleLabels(locale),
                "resourcesAvailable", text(a.resourcesAvailable(), locale),
                "resourcesMissing", text(a.resourcesMissing(), locale), "projectRef", a.projectRef(),
                "statusAsOf", a.latest().map(u -> map("asOf", u.asOf(), "text", u.text().in(locale))).orElse(null));
    }

    static Map<String, Object> indicator(IndicatorView i, Formats formats) {
        Locale locale = formats.locale();
        return map("id", i.id(), "number", i.number(), "name", text(i.name(), locale), "measure", i.measure(),
                "baseline", i.baseline(), "baselineYear", i.baselineYear(),
                "targets", i.targets().stream().map(v -> period(v, formats)).toList(),
                "values", i.values().stream().map(v -> period(v, formats)).toList());
    }

    /** A target or value: {@code period} is a key that sorts, {@code label} the period as a reader writes it. */
    private static Map<String, Object> period(PeriodValue v, Formats formats) {
        return map("period", v.period(), "label", v.period(formats), "start", v.start(), "end", v.end(), "amount", v.amount(), "text", v.text(),
                "sex", v.sex(), "ageGroup", v.ageGroup(), "country", v.country(), "constituency", v.constituency());
    }

    private static String text(MultilingualText t, Locale locale) {
        return t == null ? null : t.in(locale);
    }

    /** An ordered map from alternating keys and values; null values are kept out. */
    private static Map<String, Object> map(Object... pairs) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                map.put((String) pairs[i], pairs[i + 1] instanceof Enum<?> e ? e.name() : pairs[i + 1]);
            }
        }
        return map;
    }
}
