package org.labourhub.plans;

import org.labourhub.platform.Constituency;
import org.labourhub.platform.i18n.Formats;
import org.labourhub.platform.i18n.MultilingualText;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A whole plan as its pages and reports read it: the tree of elements with their activities, indicators and
 * published progress updates "as of" a date (the latest approved update on or before it).
 */
public record PlanContent(PlanOfAction plan, List<Node> roots, LocalDate asOf) {

    /** An element of the tree (a result, a part, an issue, an organ…) at a level whose name the plan gives. */
    public record Node(long id, int level, String number, MultilingualText title, MultilingualText description,
                MultilingualText calendar, MultilingualText carriedOut, MultilingualText planned, List<Node> children, List<ActivityView> activities, List<IndicatorView> indicators,
                List<UpdateView> updates) {

        /** "1 a) Title", or the title alone when the source does not number it. */
        public String label(Locale locale) {
            return number == null ? title.in(locale) : number + " " + title.in(locale);
        }

        /** The published updates of the latest date (a source may give several texts for one date). */
        public Optional<UpdateView> latest() {
            return current(updates);
        }
    }

    public record ActivityView(long id, String number, MultilingualText title, MultilingualText description, Calendar calendar,
                        ActivityStatus status, List<ResponsibleView> responsible, MultilingualText resourcesAvailable,
                        MultilingualText resourcesMissing, MultilingualText carriedOut, MultilingualText planned,
                        String projectRef, List<UpdateView> updates) {

        public String label(Locale locale) {
            return number == null ? title.in(locale) : number + " " + title.in(locale);
        }

        /** The latest published update as of the report's date (texts of the same date joined). */
        public Optional<UpdateView> latest() {
            return current(updates);
        }

        public String responsibleLabels(Locale locale) {
            return String.join(", ", responsible.stream().map(r -> r.label(locale)).toList());
        }
    }

    /** An organisation or network responsible for an activity: its acronym, else its name in the reader's language. */
    record ResponsibleView(MultilingualText acronym, MultilingualText name, String key, boolean lead) {

        public String label(Locale locale) {
            return acronym != null ? acronym.in(locale) : name != null ? name.in(locale) : key;
        }
    }

    public record UpdateView(long id, LocalDate asOf, MultilingualText text, ActivityStatus status) {
    }

    public record IndicatorView(long id, String number, MultilingualText name, Measure measure, BigDecimal baseline,
                         MultilingualText baselineText, Integer baselineYear, MultilingualText source,
                         MultilingualText comment, List<PeriodValue> targets, List<PeriodValue> values) {

        public String label(Locale locale) {
            return number == null ? name.in(locale) : number + " " + name.in(locale);
        }
    }

    /** A target or a value for one period, with its disaggregation when it has one. */
    public record PeriodValue(LocalDate start, LocalDate end, BigDecimal amount, String text, String sex, String ageGroup,
                       String country, Constituency constituency, long id) {

        /** "2019", or "2018-01-01 – 2019-06-30" when the period is not one calendar year: a key for machines. */
        public String period() {
            return isCalendarYear() ? String.valueOf(start.getYear()) : start + " – " + end;
        }

        /** The period for a reader: "2019", or "1 de enero de 2018 – 30 de junio de 2019". */
        public String period(Formats formats) {
            return isCalendarYear() ? formats.year(start.getYear()) : formats.period(start, end);
        }

        private boolean isCalendarYear() {
            return start.getDayOfYear() == 1 && end.getYear() == start.getYear()
                    && end.getMonthValue() == 12 && end.getDayOfMonth() == 31;
        }

        public boolean isDisaggregated() {
            return sex != null || ageGroup != null || country != null || constituency != null;
        }
    }

    /** Updates come newest first; those sharing the newest date are read together, oldest text first. */
    static Optional<UpdateView> current(List<UpdateView> updates) {
        if (updates.isEmpty()) {
            return Optional.empty();
        }
        UpdateView newest = updates.get(0);
        var same = updates.stream().filter(u -> u.asOf().equals(newest.asOf())).toList();
        if (same.size() == 1) {
            return Optional.of(newest);
        }
        MultilingualText joined = same.get(same.size() - 1).text();
        for (int i = same.size() - 2; i >= 0; i--) {
            MultilingualText next = same.get(i).text();
            var map = new java.util.EnumMap<org.labourhub.platform.i18n.Language, String>(joined.translations());
            for (var language : org.labourhub.platform.i18n.Language.values()) {
                if (joined.translations().containsKey(language) || next.translations().containsKey(language)) {
                    map.put(language, joined.in(language) + "\n" + next.in(language));
                }
            }
            joined = new MultilingualText(joined.original(), map);
        }
        return Optional.of(new UpdateView(newest.id(), newest.asOf(), joined, newest.status()));
    }

    /** Every element, depth first, in the plan's order. */
    public List<Node> elements() {
        var all = new java.util.ArrayList<Node>();
        roots.forEach(r -> walk(r, all));
        return all;
    }

    private static void walk(Node node, List<Node> into) {
        into.add(node);
        node.children().forEach(c -> walk(c, into));
    }
}
