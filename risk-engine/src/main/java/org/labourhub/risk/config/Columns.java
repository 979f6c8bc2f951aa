package org.labourhub.risk.config;

import java.util.Optional;

/**
 * The names of the microdata columns. The design and labour columns are read from the survey only; age, sex,
 * territory, region and the covariates from both sources. Optional columns are empty when not configured.
 */
public record Columns(Optional<String> id, Optional<String> household, String psu, String stratum, String weight,
                      String age, String sex, String economicHours, Optional<String> choreHours,
                      Optional<String> hazardous, Optional<String> worstForms, String territory,
                      Optional<String> region) {

    public Columns {
        for (String required : new String[] {psu, stratum, weight, age, sex, economicHours, territory}) {
            if (required == null || required.isBlank()) {
                throw new IllegalArgumentException("every required column needs a name");
            }
        }
    }
}
