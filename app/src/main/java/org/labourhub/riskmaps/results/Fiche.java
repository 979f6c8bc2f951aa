package org.labourhub.riskmaps.results;

import org.labourhub.risk.survey.ChildLabourDefinition;
import org.labourhub.riskmaps.ProfileTag;
import org.labourhub.riskmaps.TerritoryResult;
import org.labourhub.riskmaps.TerritoryResult.FactorPart;
import org.labourhub.riskmaps.TerritoryResult.ProfileValue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A territory's fiche in the reader's words, the same for the page and the PDF: its figures as label and value
 * lines (a profile line only when the run mapped it), and the factors that raise or lower its rate against the
 * national one, each as its share of the difference.
 */
public record Fiche(String code, String title, List<Line> figures, List<Line> byGroup, List<Factor> risks,
                    List<Factor> protective, String explanation, List<String> flags) {

    /** How many factors each list names. */
    static final int TOP = 3;

    public record Line(String label, String value) {
    }

    /** A factor: its label, its share of the sum of all parts, and its part of the rate in points. */
    public record Factor(String label, String share, String points) {
    }

    public static Fiche of(TerritoryResult t, String name, double nationalRate, int levelCount,
                           ChildLabourDefinition rules, RunWords words) {
        String title = name == null || name.equals(t.code()) ? t.code()
                : words.message("riskmaps.results.fiche.named", name, t.code());
        var figures = new ArrayList<Line>();
        figures.add(line(words, "children", words.count(t.children())));
        profile(t, ProfileTag.RURAL, false, "rural", words, figures);
        profile(t, ProfileTag.INDIGENOUS, false, "indigenous", words, figures);
        profile(t, ProfileTag.MIGRANT, false, "migrant", words, figures);
        profile(t, ProfileTag.ATTENDS_SCHOOL, true, "outOfSchool", words, figures);
        figures.add(line(words, "expected", words.count(t.expected())));
        figures.add(line(words, "rate", words.rate(t.rate())));
        figures.add(line(words, "interval", words.rateInterval(t.rateLow(), t.rateHigh())));
        figures.add(line(words, "national", words.rate(nationalRate)));
        figures.add(line(words, "level", words.level(t.level(), levelCount)));
        figures.add(line(words, "rank", words.message("riskmaps.results.fiche.rankValue", t.rank(),
                words.rankInterval(t.rankLow(), t.rankHigh()))));
        var byGroup = new ArrayList<Line>();
        var d = t.details();
        if (d.boysRate() != null) {
            byGroup.add(line(words, "boys", words.rate(d.boysRate())));
        }
        if (d.girlsRate() != null) {
            byGroup.add(line(words, "girls", words.rate(d.girlsRate())));
        }
        for (int band = 0; band < d.ageBandRates().size() && band < 3; band++) {
            Double rate = d.ageBandRates().get(band);
            if (rate != null) {
                byGroup.add(new Line(words.ageBand(rules, band), words.rate(rate)));
            }
        }
        var flags = new ArrayList<String>();
        if (t.fewChildren()) {
            flags.add(words.message("riskmaps.results.flag.fewChildren"));
        }
        if (t.wideInterval()) {
            flags.add(words.message("riskmaps.results.flag.wideInterval"));
        }
        List<Factor> risks = factors(d.factors(), true, words);
        List<Factor> protective = factors(d.factors(), false, words);
        double difference = t.rate() - nationalRate;
        String explanation = words.message("riskmaps.results.fiche.explanation", words.rate(t.rate()),
                words.rate(nationalRate), words.decimal(Math.abs(difference) * 100, 1), difference >= 0 ? "above" : "below");
        return new Fiche(t.code(), title, figures, byGroup, risks, protective, explanation, flags);
    }

    private static void profile(TerritoryResult t, ProfileTag tag, boolean complement, String key, RunWords words,
                                List<Line> lines) {
        t.details().tagged(tag).map(ProfileValue::value)
                .ifPresent(v -> lines.add(line(words, key, words.rate(complement ? 1 - v : v))));
    }

    private static List<Factor> factors(List<FactorPart> parts, boolean raising, RunWords words) {
        return parts.stream().filter(p -> raising ? p.rate() > 0 : p.rate() < 0)
                .sorted(Comparator.comparingDouble((FactorPart p) -> Math.abs(p.rate())).reversed())
                .limit(TOP)
                .map(p -> new Factor(p.covariate().in(words.locale()), words.rate(p.share()),
                        words.message("riskmaps.results.points", words.decimal(p.rate() * 100, 2))))
                .toList();
    }

    private static Line line(RunWords words, String key, String value) {
        return new Line(words.message("riskmaps.results.fiche." + key), value);
    }
}
