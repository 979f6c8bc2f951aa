package org.labourhub.risk.survey;

import java.util.ArrayList;
import java.util.List;
import org.labourhub.risk.config.Covariate;
import org.labourhub.risk.csv.CodeIndex;
import org.labourhub.risk.csv.DoubleColumn;
import org.labourhub.risk.csv.IntColumn;

/**
 * The survey read so far, as growing columns. Each block of lines fills its own; codes (strata, PSUs, regions,
 * households, categories) are numbered per block and renumbered when blocks are appended in file order.
 */
final class SurveyColumns {
    final DoubleColumn weight = new DoubleColumn();
    final IntColumn stratum = new IntColumn();
    final IntColumn psuCode = new IntColumn();
    final IntColumn region = new IntColumn();
    final IntColumn sexAndBand = new IntColumn();
    final IntColumn childLabour = new IntColumn();
    final CodeIndex strata = new CodeIndex();
    final CodeIndex psuCodes = new CodeIndex();
    final CodeIndex regions = new CodeIndex();
    final CodeIndex households = new CodeIndex();
    final CodeIndex territories = new CodeIndex();
    final List<DoubleColumn> numericValues = new ArrayList<>();
    final List<IntColumn> categoryValues = new ArrayList<>();
    final List<CodeIndex> categories = new ArrayList<>();
    int skipped;
    /** Children left out because a labour field is blank, and where the first of them is (file offset, column). */
    int blankOutcomes;
    int zeroWeights;
    long firstBlankOffset = -1;
    String firstBlankColumn;

    SurveyColumns(List<Covariate> covariates) {
        for (Covariate c : covariates) {
            numericValues.add(c.categorical() ? null : new DoubleColumn());
            categoryValues.add(c.categorical() ? new IntColumn() : null);
            categories.add(c.categorical() ? new CodeIndex() : null);
        }
    }

    /** Appends another part, renumbering its codes into this part's. */
    void append(SurveyColumns other) {
        skipped += other.skipped;
        if (firstBlankOffset < 0 && other.firstBlankOffset >= 0) {
            firstBlankOffset = other.firstBlankOffset;
            firstBlankColumn = other.firstBlankColumn;
        }
        blankOutcomes += other.blankOutcomes;
        zeroWeights += other.zeroWeights;
        renumber(other.territories, territories);
        int[] strataMap = renumber(other.strata, strata);
        int[] psuMap = renumber(other.psuCodes, psuCodes);
        int[] regionMap = renumber(other.regions, regions);
        renumber(other.households, households);
        weight.addAll(other.weight);
        stratum.addAllMapped(other.stratum, strataMap);
        psuCode.addAllMapped(other.psuCode, psuMap);
        sexAndBand.addAll(other.sexAndBand);
        childLabour.addAll(other.childLabour);
        region.addAllMapped(other.region, regionMap);
        for (int c = 0; c < categories.size(); c++) {
            if (categories.get(c) != null) {
                int[] map = renumber(other.categories.get(c), categories.get(c));
                categoryValues.get(c).addAllMapped(other.categoryValues.get(c), map);
            } else {
                numericValues.get(c).addAll(other.numericValues.get(c));
            }
        }
    }

    void blank(long offset, String column) {
        if (firstBlankOffset < 0) {
            firstBlankOffset = offset;
            firstBlankColumn = column;
        }
        blankOutcomes++;
    }

    private static int[] renumber(CodeIndex from, CodeIndex into) {
        int[] map = new int[from.size()];
        for (int k = 0; k < map.length; k++) {
            map[k] = into.indexOf(from.code(k));
        }
        return map;
    }
}
