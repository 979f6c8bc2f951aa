package org.labourhub.risk.transfer;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.labourhub.risk.config.RiskConfig;
import org.labourhub.risk.csv.CodeIndex;
import org.labourhub.risk.csv.CsvFile;
import org.labourhub.risk.csv.InputError;
import org.labourhub.risk.model.SurveyModel;

/**
 * Applies the fitted model to every child of the census or register, p̂ = logistic(xβ̂), streaming the file in
 * blocks on several threads and summing by territory. Blocks are merged in file order, so the totals are the
 * same on every run.
 */
public final class Transfer {

    private final RiskConfig config;
    private final SurveyModel model;
    private final int threads;


    public Transfer(RiskConfig config, SurveyModel model, int threads) {
        this.config = config;
        this.model = model;
        this.threads = threads;
    }

    public TerritoryTotals run(Path census) {
        var file = new CsvFile(census);
        var layout = new CensusLayout(file, config, model.terms());
        var transferModel = new TransferModel(config, model);
        var merged = new Merged(census, layout);
        file.forEachBlock(threads, (lines, offset) -> {
            var tally = new BlockTally(transferModel, layout, merged.limits);
            while (lines.next()) {
                tally.add(lines, offset + lines.lineStart());
            }
            return tally;
        }, merged::add);
        return merged.totals(transferModel);
    }

    /** The sums of the blocks read so far, by territory in order of first appearance. */
    private final class Merged {
        private final Path census;
        private final CensusLayout layout;
        private final CodeIndex territories = new CodeIndex();
        private final List<double[]> stats = new ArrayList<>();
        private final List<Reservoir> samples = new ArrayList<>();
        private final List<String> regionOf = new ArrayList<>();
        /** Admission limits of the full merged samples, read by the blocks being parsed meanwhile. */
        private final Map<ByteBuffer, Long> limits = new ConcurrentHashMap<>();
        private long rows;
        private long skipped;

        Merged(Path census, CensusLayout layout) {
            this.census = census;
            this.layout = layout;
        }

        void add(BlockTally tally) {
            rows += tally.rows;
            skipped += tally.skippedOutOfAge;
            for (int local = 0; local < tally.territories.size(); local++) {
                byte[] code = tally.territories.code(local);
                int global = territories.indexOf(code);
                String region = tally.regionOf[local] < 0 ? null : tally.regions.text(tally.regionOf[local], layout.charset());
                if (global == stats.size()) {
                    stats.add(new double[tally.stats[local].length]);
                    samples.add(new Reservoir(config.sampleSize(), layout.terms()));
                    regionOf.add(region);
                } else if (region != null && !region.equals(regionOf.get(global))) {
                    throw InputError.inFile(census, "territory '" + territories.text(global, layout.charset())
                            + "' appears in two regions ('" + regionOf.get(global) + "' and '" + region
                            + "'). A territory must lie in one region.");
                }
                double[] target = stats.get(global);
                double[] source = tally.stats[local];
                for (int k = 0; k < target.length; k++) {
                    target[k] += source[k];
                }
                Reservoir sample = samples.get(global);
                sample.addAll(tally.samples[local]);
                if (sample.admissionLimit() != Long.MAX_VALUE) {
                    limits.put(ByteBuffer.wrap(code), sample.admissionLimit());
                }
            }
        }

        TerritoryTotals totals(TransferModel transferModel) {
            int count = territories.size();
            var codes = new ArrayList<String>();
            for (int t = 0; t < count; t++) {
                codes.add(territories.text(t, layout.charset()));
            }
            Integer[] order = new Integer[count];
            for (int t = 0; t < count; t++) {
                order[t] = t;
            }
            Arrays.sort(order, (a, b) -> codes.get(a).compareTo(codes.get(b)));
            int width = transferModel.width();
            double[][] children = new double[count][], expected = new double[count][], means = new double[count][];
            double[][] sample = new double[count][];
            var sortedCodes = new ArrayList<String>();
            var regions = new ArrayList<String>();
            for (int i = 0; i < count; i++) {
                int t = order[i];
                double[] s = stats.get(t);
                sortedCodes.add(codes.get(t));
                regions.add(regionOf.get(t));
                children[i] = Arrays.copyOfRange(s, 0, BlockTally.CELLS);
                expected[i] = Arrays.copyOfRange(s, BlockTally.EXPECTED, BlockTally.EXPECTED + BlockTally.CELLS);
                double n = TerritoryTotals.sum(children[i]);
                means[i] = divide(Arrays.copyOfRange(s, BlockTally.COVARIATES, BlockTally.COVARIATES + width), n);
                sample[i] = modelRows(samples.get(t).rowsInOrder(), layout);
            }
            return new TerritoryTotals(sortedCodes, regions, children, expected, means, sample, rows, skipped);
        }

    }

    /** The model rows of kept children, row-major, from their covariates as the sample keeps them. */
    private static double[] modelRows(double[] kept, CensusLayout layout) {
        int terms = layout.terms();
        int width = layout.width();
        int count = kept.length / terms;
        double[] rows = new double[count * width];
        for (int i = 0; i < count; i++) {
            layout.modelRow(kept, i * terms, rows, i * width);
        }
        return rows;
    }

    private static double[] divide(double[] values, double by) {
        for (int j = 0; j < values.length; j++) {
            values[j] /= by;
        }
        return values;
    }
}
