package org.labourhub.risk.survey;

import java.util.List;
import org.labourhub.risk.model.DesignMatrix;
import org.labourhub.risk.model.ModelTerms;

/**
 * The survey's children (within the definition's ages) as columns: design, labour status and the model's
 * design matrix {@code x}, a row per child and {@code terms.columns()} columns.
 *
 * @param psu       PSU number, unique across strata (PSUs are nested in strata)
 * @param region    region number, or null without a region column
 * @param regionNames names of the region numbers
 * @param blankOutcomes children left out because a labour field was blank ({@code outcome.blank=report})
 * @param zeroWeights children kept with weight 0: they add nothing to the fit or the estimates
 * @param territoryCodes the territory codes met in the survey, or null when it has no territory column
 */
public record SurveySample(int size, double[] weight, int[] stratum, int[] psu, List<String> strataNames, int psus,
                           boolean[] male, byte[] band, boolean[] childLabour, DesignMatrix x, ModelTerms terms,
                           int[] region, List<String> regionNames, int households, int skippedOutOfAge,
                           int blankOutcomes, int zeroWeights, List<String> territoryCodes) {

    public SurveySample {
        if (size == 0) {
            throw new IllegalArgumentException("the survey has no child within the definition's ages");
        }
        if (weight.length != size || x.rows() != size || x.columns() != terms.columns()) {
            throw new IllegalArgumentException("survey columns differ in length");
        }
    }

    public int strata() {
        return strataNames.size();
    }

    public double[] outcome() {
        double[] y = new double[size];
        for (int i = 0; i < size; i++) {
            y[i] = childLabour[i] ? 1 : 0;
        }
        return y;
    }

    public SurveyDesign design() {
        return new SurveyDesign(stratum, psu, strataNames.size(), psus, strataNames);
    }
}
