package org.labourhub.risk.transfer;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Map;
import org.labourhub.risk.csv.CodeIndex;
import org.labourhub.risk.csv.CsvFile.RowProblem;
import org.labourhub.risk.csv.CsvLine;

/**
 * What one block of census lines adds to each territory: children and expected child labourers by sex and age
 * band, covariate sums and a sample of model rows.
 */
final class BlockTally {

    /** Offsets into a territory's statistics. */
    static final int CELLS = 6;
    static final int EXPECTED = CELLS;
    static final int COVARIATES = 2 * CELLS;

    final CodeIndex territories = new CodeIndex();
    final CodeIndex regions = new CodeIndex();
    int[] regionOf = new int[16];
    double[][] stats = new double[16][];
    Reservoir[] samples = new Reservoir[16];
    long[] admissionLimit = new long[16];
    long rows;
    long skippedOutOfAge;

    private final TransferModel model;
    private final CensusLayout layout;
    /** The current line's covariates, as {@link CensusLayout#read} gives them; the sample keeps these. */
    private final double[] values;
    private final Map<ByteBuffer, Long> mergedLimits;
    /** The previous line's territory: files are usually sorted by territory, so most lines repeat it. */
    private int lastSlot = -1;

    /**
     * {@code mergedLimits} holds, for territories whose merged sample is already full, the priority a row must
     * beat to enter it: rows above it are not copied at all (the limit only falls, so a stale value is safe).
     */
    BlockTally(TransferModel model, CensusLayout layout, Map<ByteBuffer, Long> mergedLimits) {
        this.model = model;
        this.layout = layout;
        this.mergedLimits = mergedLimits;
        this.values = new double[layout.terms()];
    }

    void add(CsvLine line, long fileOffset) {
        rows++;
        double age = layout.age(line);
        int band = model.definition().band(age);
        if (band < 0) {
            skippedOutOfAge++;
            return;
        }
        int cell = layout.sex(line) * 3 + band;
        int slot = territory(line);
        layout.read(line, age, values);
        double[] s = stats[slot];
        double q = model.read(values, s, COVARIATES); // p̂ = 1/(1+q)
        s[cell] += 1;
        if (Double.isNaN(q)) {
            model.addExactly(values, s, EXPECTED + cell);
        } else {
            model.add(q, s, EXPECTED + cell);
        }
        long priority = Reservoir.priorityOf(fileOffset, model.seed());
        if (priority < admissionLimit[slot] && samples[slot].admits(priority)) {
            samples[slot].offer(priority, values, 0);
        }
    }

    private int territory(CsvLine line) {
        if (lastSlot >= 0 && layout.territoryField < line.fieldCount()
                && line.fieldEquals(layout.territoryField, territories.code(lastSlot)) && sameRegion(line, lastSlot)) {
            return lastSlot;
        }
        lastSlot = newTerritory(line);
        return lastSlot;
    }

    /** Whether the line's region is the one already recorded for the territory (no region column: always). */
    private boolean sameRegion(CsvLine line, int slot) {
        if (layout.regionField < 0) {
            return true;
        }
        return regionOf[slot] >= 0 && layout.regionField < line.fieldCount()
                && line.fieldEquals(layout.regionField, regions.code(regionOf[slot]));
    }

    private int newTerritory(CsvLine line) {
        var columns = model.columns();
        if (layout.territoryField >= line.fieldCount() || line.isEmpty(layout.territoryField)) {
            throw new RowProblem(line, columns.territory(), "the territory code is empty. Every child must belong "
                    + "to a territory; fill in the code or remove the line.");
        }
        int slot = territories.indexOf(line, layout.territoryField);
        int region = -1;
        if (layout.regionField >= 0) {
            if (layout.regionField >= line.fieldCount() || line.isEmpty(layout.regionField)) {
                throw new RowProblem(line, columns.region().orElseThrow(), "the region code is empty.");
            }
            region = regions.indexOf(line, layout.regionField);
        }
        if (slot == stats.length) {
            grow();
        }
        if (stats[slot] == null) {
            stats[slot] = new double[model.statistics()];
            samples[slot] = new Reservoir(model.sampleSize(), layout.terms());
            admissionLimit[slot] = mergedLimits.getOrDefault(ByteBuffer.wrap(territories.code(slot)), Long.MAX_VALUE);
            regionOf[slot] = region;
        } else if (regionOf[slot] != region) {
            throw new RowProblem(line, columns.region().orElse(null), "territory '"
                    + line.text(layout.territoryField, layout.charset()) + "' appears in two regions ('"
                    + regions.text(regionOf[slot], layout.charset()) + "' and '"
                    + regions.text(region, layout.charset()) + "'). A territory must lie in one region.");
        }
        return slot;
    }

    private void grow() {
        int size = stats.length * 2;
        stats = Arrays.copyOf(stats, size);
        samples = Arrays.copyOf(samples, size);
        regionOf = Arrays.copyOf(regionOf, size);
        admissionLimit = Arrays.copyOf(admissionLimit, size);
    }
}
