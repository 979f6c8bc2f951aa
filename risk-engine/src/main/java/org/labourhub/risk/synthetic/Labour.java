package org.labourhub.risk.synthetic;

import java.io.IOException;
import java.util.SplittableRandom;

/**
 * Writes hours of work, hours of chores and the hazardous and worst-forms flags so that the ILO definition
 * puts the child in child labour exactly when {@code inChildLabour}: above the band's threshold, or flagged.
 */
final class Labour {

    private Labour() {
    }

    static void write(RowWriter out, Child child, boolean inChildLabour, SplittableRandom r) throws IOException {
        int band = child.age() <= 11 ? 0 : child.age() <= 14 ? 1 : 2;
        int hours;
        boolean hazardous = false;
        boolean worst = false;
        if (inChildLabour) {
            double kind = r.nextDouble();
            hazardous = kind < 0.15;
            worst = kind >= 0.15 && kind < 0.17;
            hours = hazardous || worst ? r.nextInt(40) : switch (band) {
                case 0 -> 1 + r.nextInt(20);
                case 1 -> 14 + r.nextInt(20);
                default -> 44 + r.nextInt(16);
            };
        } else {
            hours = switch (band) {
                case 0 -> 0;
                case 1 -> r.nextDouble() < 0.7 ? 0 : r.nextInt(14);
                default -> r.nextDouble() < 0.5 ? 0 : r.nextInt(44);
            };
        }
        out.integer(hours).integer(r.nextInt(22)).integer(hazardous ? 1 : 0).integer(worst ? 1 : 0);
    }
}
