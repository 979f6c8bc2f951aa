package org.labourhub.risk.config;

import java.util.Optional;

/**
 * The names of the microdata columns. The design and labour columns are read from the survey only; age, sex,
 * territory, region and the covariates from both sources. Optional columns are empty when not configured.
 * The outcome is either computed from the labour columns (economic hours, chores, flags) by the definition, or read
 * ready-made from {@code outcome} (0/1), in which case the labour columns are not read and hours are not needed.
 */
public record Columns(Optional<String> id, Optional<String> household, String psu, String stratum, String weight,
                      String age, String sex, Optional<String> economicHours, Optional<String> choreHours,
                      Optional<String> hazardous, Optional<String> worstForms, String territory,
                      Optional<String> region, Optional<String> outcome) {

    public Columns {
        for (String required : new String[] {psu, stratum, weight, age, sex, territory}) {
            if (required == null || required.isBlank()) {
                throw new IllegalArgumentException("every required column needs a name");
            }
        }
        if (economicHours.isEmpty() && outcome.isEmpty()) {
            throw new IllegalArgumentException("name the hours of economic activity (column.hours.economic) or a "
                    + "ready-made 0/1 outcome (column.outcome)");
        }
    }
}
