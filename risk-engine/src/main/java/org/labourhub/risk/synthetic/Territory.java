package org.labourhub.risk.synthetic;

import java.util.SplittableRandom;

/**
 * A synthetic territory: its code and its region's (also the survey's stratum), the shares that shape its
 * households, and its own effect on risk.
 */
record Territory(int index, String code, String regionCode, double rural, double indigenous, double migrant,
                 double poverty, double effect) {

    static Territory draw(int index, TerritoryCode code, SplittableRandom random, double effectSd) {
        double rural = 0.05 + 0.9 * random.nextDouble();
        return new Territory(index, code.code(), code.region(), rural, 0.4 * random.nextDouble() * random.nextDouble(),
                0.15 * random.nextDouble(), 0.1 + 0.5 * rural * random.nextDouble(), effectSd * random.nextGaussian());
    }

    /** The generated codes T00001… and regions R001…, territories spread evenly over {@code regions}. */
    static TerritoryCode generatedCode(int index, int territories, int regions) {
        return new TerritoryCode(String.format("T%05d", index + 1),
                String.format("R%03d", index * regions / territories + 1));
    }
}
