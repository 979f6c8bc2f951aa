package org.labourhub.risk.survey;

import java.util.List;

/**
 * A stratified one-stage cluster design: each child's stratum and PSU (numbered across strata). Expansion
 * weights travel with the data; the first stage is treated as sampled with replacement, as R's survey package
 * does without a finite population correction.
 */
public record SurveyDesign(int[] stratum, int[] psu, int strata, int psus, List<String> strataNames) {

    public SurveyDesign {
        strataNames = List.copyOf(strataNames);
        if (stratum.length != psu.length || strataNames.size() != strata) {
            throw new IllegalArgumentException("stratum and PSU columns differ in length");
        }
    }

    /** For each PSU, its stratum. */
    public int[] stratumOfPsu() {
        int[] of = new int[psus];
        for (int i = 0; i < psu.length; i++) {
            of[psu[i]] = stratum[i];
        }
        return of;
    }

    /** Number of PSUs in each stratum, given {@link #stratumOfPsu()}. */
    public int[] psusPerStratum(int[] stratumOfPsu) {
        int[] count = new int[strata];
        for (int s : stratumOfPsu) {
            count[s]++;
        }
        return count;
    }
}
