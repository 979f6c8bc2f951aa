package org.labourhub.riskmaps;

import java.util.EnumSet;
import java.util.Set;

/**
 * The parts a variable of a survey or census plays in the model. The design and labour roles are read from the
 * survey only; age, sex, territory, region and the covariates from both files.
 */
public enum Role {
    ID(false, false), HOUSEHOLD(false, false), PSU(true, false), STRATUM(true, false), WEIGHT(true, false),
    AGE(true, true), SEX(true, true), ECONOMIC_HOURS(false, false), CHORE_HOURS(false, false),
    HAZARDOUS(false, false), WORST_FORMS(false, false), OUTCOME(false, false), TERRITORY(true, true),
    REGION(false, false);

    private final boolean requiredInSurvey;
    private final boolean requiredInCensus;

    Role(boolean requiredInSurvey, boolean requiredInCensus) {
        this.requiredInSurvey = requiredInSurvey;
        this.requiredInCensus = requiredInCensus;
    }

    /** The roles a file of this kind must give (the survey also needs hours of work or a precomputed outcome). */
    public static Set<Role> required(DatasetKind kind) {
        var roles = EnumSet.noneOf(Role.class);
        for (Role r : values()) {
            if (kind == DatasetKind.SURVEY ? r.requiredInSurvey : r.requiredInCensus) {
                roles.add(r);
            }
        }
        return roles;
    }

    /** The roles a file of this kind may give. */
    public static Set<Role> allowed(DatasetKind kind) {
        return kind == DatasetKind.SURVEY ? EnumSet.allOf(Role.class)
                : EnumSet.of(ID, HOUSEHOLD, AGE, SEX, TERRITORY, REGION);
    }
}
