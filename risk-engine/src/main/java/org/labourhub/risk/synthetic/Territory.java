package org.labourhub.risk.synthetic;

import java.util.SplittableRandom;

/** A synthetic territory: its region, the shares that shape its households, and its own effect on risk. */
record Territory(int index, int region, double rural, double indigenous, double migrant, double poverty,
                 double effect) {

    static Territory draw(int index, int region, SplittableRandom random, double effectSd) {
        double rural = 0.05 + 0.9 * random.nextDouble();
        return new Territory(index, region, rural, 0.4 * random.nextDouble() * random.nextDouble(),
                0.15 * random.nextDouble(), 0.1 + 0.5 * rural * random.nextDouble(), effectSd * random.nextGaussian());
    }

    String code() {
        return String.format("T%05d", index + 1);
    }

    String regionCode() {
        return String.format("R%03d", region + 1);
    }
}
