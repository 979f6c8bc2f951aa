package org.labourhub.risk.synthetic;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A population of children with known coefficients and territory effects, written as a survey, a census, the
 * truth (coefficients and each territory's true expected rate) and a configuration that reads them. Children
 * live in households that share the head's and the dwelling's characteristics, so PSUs are truly clustered.
 * The same settings always give the same files.
 */
public final class SyntheticPopulation {

    /** What to generate. Territories are grouped into {@code regions}, which are also the survey's strata. */
    public record Settings(int surveyChildren, int censusChildren, int territories, int regions, long seed,
                           double territoryEffectSd, int childrenPerPsu) {
        public Settings {
            if (surveyChildren < 100 || censusChildren < territories || territories < 2 || regions < 1
                    || regions > territories || childrenPerPsu < 2) {
                throw new IllegalArgumentException("need ≥100 surveyed children, at least one census child per "
                        + "territory, ≥2 territories, 1..territories regions and ≥2 children per PSU");
            }
        }

        public static Settings small(long seed) {
            return new Settings(4000, 20000, 40, 8, seed, 0.3, 20);
        }
    }

    private final Settings settings;
    private final TrueModel model;
    private final Territory[] territories;
    private final int[] censusSize;

    public SyntheticPopulation(Settings settings) {
        this(settings, java.util.stream.IntStream.range(0, settings.territories())
                .mapToObj(t -> Territory.generatedCode(t, settings.territories(), settings.regions())).toList());
    }

    /**
     * A population on given territories, for example a country's first-level administrative units (PE-LIM,
     * PE-CUS…): {@code codes} replace the settings' number of territories and regions. A code without a region
     * is placed in one of {@code settings.regions()} generated regions R001…
     */
    public SyntheticPopulation(Settings settings, List<TerritoryCode> codes) {
        this.settings = settings;
        this.model = TrueModel.standard(settings.territoryEffectSd());
        var random = new SplittableRandom(settings.seed());
        if (codes.size() < 2) {
            throw new IllegalArgumentException("a synthetic population needs at least 2 territories");
        }
        this.territories = new Territory[codes.size()];
        int regions = Math.min(settings.regions(), codes.size());
        double[] share = new double[territories.length];
        double total = 0;
        for (int t = 0; t < territories.length; t++) {
            TerritoryCode code = codes.get(t).region() != null ? codes.get(t)
                    : new TerritoryCode(codes.get(t).code(), Territory.generatedCode(t, codes.size(), regions).region());
            territories[t] = Territory.draw(t, code, random, settings.territoryEffectSd());
            share[t] = Math.exp(random.nextGaussian());
            total += share[t];
        }
        this.censusSize = apportion(share, total, settings.censusChildren());
    }

    public TrueModel trueModel() {
        return model;
    }

    /** The configuration (risk.properties) that reads the generated files. */
    public static String configuration() {
        return ConfigTemplate.TEXT;
    }

    /** Writes survey.csv, census.csv, truth.csv, coefficients.csv and risk.properties into {@code directory}. */
    public void write(Path directory) {
        try {
            Files.createDirectories(directory);
            writeCensusAndTruth(directory.resolve("census.csv"), directory.resolve("truth.csv"));
            writeSurvey(directory.resolve("survey.csv"));
            writeCoefficients(directory.resolve("coefficients.csv"));
            Files.writeString(directory.resolve("risk.properties"), configuration());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the synthetic population to " + directory, e);
        }
    }

    private void writeCensusAndTruth(Path census, Path truth) throws IOException {
        try (var out = new RowWriter(new BufferedOutputStream(Files.newOutputStream(census), 1 << 16));
             var truthOut = new RowWriter(Files.newOutputStream(truth))) {
            out.text("id").text("household").text("territory").text("region").text("age").text("sex");
            Household.header(out);
            out.endRow();
            truthOut.text("territory").text("region").text("children").text("true_rate").text("effect").endRow();
            long id = 0;
            long household = 0;
            for (Territory territory : territories) {
                var random = new SplittableRandom(settings.seed() * 1_000_003L + territory.index());
                double expected = 0;
                int written = 0;
                while (written < censusSize[territory.index()]) {
                    var home = Household.draw(territory, random);
                    int children = Math.min(home.children(), censusSize[territory.index()] - written);
                    household++;
                    for (int c = 0; c < children; c++) {
                        Child child = home.child(random, model);
                        expected += child.probability();
                        out.integer(++id).integer(household).text(territory.code()).text(territory.regionCode());
                        out.integer(child.age()).integer(child.male() ? 1 : 2);
                        home.writeCovariates(out, child);
                        out.endRow();
                    }
                    written += children;
                }
                truthOut.text(territory.code()).text(territory.regionCode()).integer(written)
                        .text(Double.toString(expected / written)).text(Double.toString(territory.effect())).endRow();
            }
        }
    }

    private void writeSurvey(Path survey) throws IOException {
        var random = new SplittableRandom(settings.seed() ^ 0x5DEECE66DL);
        try (var out = new RowWriter(new BufferedOutputStream(Files.newOutputStream(survey), 1 << 16))) {
            out.text("id").text("household").text("psu").text("stratum").text("weight").text("territory")
                    .text("region").text("age").text("sex").text("hours_economic").text("hours_chores")
                    .text("hazardous").text("worst_forms");
            Household.header(out);
            out.endRow();
            long id = 0;
            long household = 0;
            int psu = 0;
            double[] cumulative = cumulativeShares();
            while (id < settings.surveyChildren()) {
                Territory territory = territories[pick(cumulative, random.nextDouble())];
                psu++;
                double psuWeight = 20 + 40 * random.nextDouble();
                int inPsu = 0;
                while (inPsu < settings.childrenPerPsu() && id < settings.surveyChildren()) {
                    var home = Household.draw(territory, random);
                    household++;
                    double weight = psuWeight * (0.9 + 0.2 * random.nextDouble());
                    for (int c = 0; c < home.children() && id < settings.surveyChildren(); c++, inPsu++) {
                        Child child = home.child(random, model);
                        out.integer(++id).integer(household).integer(psu).text(territory.regionCode()).decimal(weight)
                                .text(territory.code()).text(territory.regionCode())
                                .integer(child.age()).integer(child.male() ? 1 : 2);
                        Labour.write(out, child, random.nextDouble() < child.probability(), random);
                        home.writeCovariates(out, child);
                        out.endRow();
                    }
                }
            }
        }
    }

    private void writeCoefficients(Path file) throws IOException {
        try (var out = new RowWriter(Files.newOutputStream(file))) {
            out.text("term").text("beta").endRow();
            for (int j = 0; j < model.beta().length; j++) {
                out.text(model.columns().get(j)).text(Double.toString(model.beta()[j])).endRow();
            }
        }
    }

    private double[] cumulativeShares() {
        double[] cumulative = new double[censusSize.length];
        double sum = 0;
        for (int t = 0; t < censusSize.length; t++) {
            sum += censusSize[t];
            cumulative[t] = sum;
        }
        for (int t = 0; t < cumulative.length; t++) {
            cumulative[t] /= sum;
        }
        return cumulative;
    }

    private static int pick(double[] cumulative, double u) {
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] < u) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Whole numbers proportional to the shares, each at least one, adding up to {@code total}. */
    private static int[] apportion(double[] share, double sum, int total) {
        int[] size = new int[share.length];
        int given = 0;
        for (int t = 0; t < share.length; t++) {
            size[t] = Math.max(1, (int) Math.floor(share[t] / sum * (total - share.length)) + 1);
            given += size[t];
        }
        for (int t = 0; given < total; t = (t + 1) % size.length) {
            size[t]++;
            given++;
        }
        return size;
    }
}
