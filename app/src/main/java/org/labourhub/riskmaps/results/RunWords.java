package org.labourhub.riskmaps.results;

import org.labourhub.platform.i18n.Formats;
import org.labourhub.risk.survey.ChildLabourDefinition;
import org.labourhub.riskmaps.RunSummary.LevelScheme;
import org.springframework.context.MessageSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A run's figures and settings in the reader's words: rates as percentages, intervals, levels by name, the
 * classification method, the age bands and the definition of child labour. In templates this is {@code words}.
 */
public final class RunWords {

    private final Formats formats;
    private final MessageSource messages;
    private final Locale locale;

    private RunWords(Locale locale, MessageSource messages) {
        this.formats = Formats.of(locale, messages);
        this.messages = messages;
        this.locale = formats.locale();
    }

    public static RunWords of(Locale locale, MessageSource messages) {
        return new RunWords(locale, messages);
    }

    public Locale locale() {
        return locale;
    }

    public Formats formats() {
        return formats;
    }

    public String message(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** A proportion (0–1) as a percentage: "12,3 %". */
    public String rate(Double proportion) {
        return proportion == null || proportion.isNaN() ? "" : formats.percent(proportion * 100);
    }

    /** A proportion's interval: "10,2 % – 14,8 %". */
    public String rateInterval(double low, double high) {
        return message("riskmaps.results.interval", rate(low), rate(high));
    }

    /** A count of people, rounded to a whole number. */
    public String count(double value) {
        return formats.decimal(Math.round(value), 0);
    }

    public String decimal(double value, int digits) {
        return Double.isFinite(value) ? formats.decimal(value, digits) : "";
    }

    /** A rank's interval, in whole places: "3 – 9". */
    public String rankInterval(double low, double high) {
        return message("riskmaps.results.interval", count(low), count(high));
    }

    /** A level by name ("High"), the names following the number of levels; past five, "Level 6 of 7". */
    public String level(int level, int count) {
        if (count >= 2 && count <= 5 && level >= 1 && level <= count) {
            return message("riskmaps.results.level." + count + "." + level);
        }
        return message("riskmaps.results.level.of", level, count);
    }

    /** The classification method by name ("natural breaks (Jenks)"). */
    public String method(LevelScheme scheme) {
        return message("riskmaps.results.method." + scheme.method());
    }

    /** Each level with the range of rates it covers, lowest first. */
    public List<String> legend(LevelScheme scheme) {
        var lines = new ArrayList<String>();
        List<Double> bounds = scheme.thresholds();
        for (int level = 1; level <= scheme.count(); level++) {
            String name = level(level, scheme.count());
            String range;
            if (bounds.isEmpty()) {
                range = "";
            } else if (level == 1) {
                range = message("riskmaps.results.legend.upTo", rate(bounds.get(0)));
            } else if (level > bounds.size()) {
                range = message("riskmaps.results.legend.above", rate(bounds.get(bounds.size() - 1)));
            } else {
                range = message("riskmaps.results.legend.between", rate(bounds.get(level - 2)), rate(bounds.get(level - 1)));
            }
            lines.add(range.isEmpty() ? name : message("riskmaps.results.legend.line", name, range));
        }
        return lines;
    }

    /** The definition's age band: "5–11 years". */
    public String ageBand(ChildLabourDefinition rules, int band) {
        return message("riskmaps.results.ageBand", rules.bandLabel(band));
    }

    /** Who a direct estimate is about: boys, girls or all children, of a band or all ages. */
    public String sex(String sex) {
        return message("riskmaps.results.sex." + (sex == null ? "ALL" : sex));
    }

    /** The definition of child labour in sentences. */
    public List<String> definition(ChildLabourDefinition d) {
        var sentences = new ArrayList<String>();
        sentences.add(message("riskmaps.results.definition.ages", d.minAge(), d.maxAge()));
        sentences.add(message("riskmaps.results.definition.young", d.bandLabel(0), formats.number(d.youngMinHours())));
        sentences.add(message("riskmaps.results.definition.middle", d.bandLabel(1), formats.number(d.middleMinHours())));
        sentences.add(message("riskmaps.results.definition.oldest", d.bandLabel(2), formats.number(d.oldestMaxHours())));
        sentences.add(message("riskmaps.results.definition.hazardous"));
        sentences.add(d.countChores()
                ? message("riskmaps.results.definition.chores", formats.number(d.choresMaxHours()))
                : message("riskmaps.results.definition.noChores"));
        return sentences;
    }
}
