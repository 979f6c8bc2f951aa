package org.labourhub.riskmaps;

import org.labourhub.risk.survey.ChildLabourDefinition;

/** A country's saved, named definition of child labour (the engine's thresholds); the ILO values by default. */
public record Definition(Long id, String country, String name, ChildLabourDefinition rules, int version) {

    public static Definition ilo(String country, String name) {
        return new Definition(null, country, name, ChildLabourDefinition.ILO, 0);
    }
}
