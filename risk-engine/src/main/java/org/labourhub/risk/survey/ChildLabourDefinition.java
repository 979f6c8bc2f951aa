package org.labourhub.risk.survey;

/**
 * The statistical definition of child labour (18th ICLS, as amended by the 20th), every threshold settable
 * because national law differs. Children are {@code minAge..maxAge}, in three age bands: up to
 * {@code youngMaxAge}, up to {@code middleMaxAge}, and the rest. A child is in child labour when
 * <ul>
 *   <li>in the young band, working at least {@code youngMinHours} of economic activity;</li>
 *   <li>in the middle band, at least {@code middleMinHours};</li>
 *   <li>in the oldest band, more than {@code oldestMaxHours};</li>
 *   <li>with {@code countChores} (variant 2), in the two younger bands, doing more than {@code choresMaxHours}
 *       of unpaid household services;</li>
 *   <li>in hazardous work or another worst form, at any age of the range.</li>
 * </ul>
 */
public record ChildLabourDefinition(int minAge, int youngMaxAge, int middleMaxAge, int maxAge,
                                    double youngMinHours, double middleMinHours, double oldestMaxHours,
                                    boolean countChores, double choresMaxHours) {

    /** The ILO values. */
    public static final ChildLabourDefinition ILO = new ChildLabourDefinition(5, 11, 14, 17, 1, 14, 43, false, 21);

    public ChildLabourDefinition {
        if (!(0 <= minAge && minAge <= youngMaxAge && youngMaxAge < middleMaxAge && middleMaxAge < maxAge)) {
            throw new IllegalArgumentException("ages must rise: minimum age " + minAge + " ≤ end of young band "
                    + youngMaxAge + " < end of middle band " + middleMaxAge + " < maximum age " + maxAge);
        }
        requireHours("young band hours", youngMinHours);
        requireHours("middle band hours", middleMinHours);
        requireHours("oldest band hours", oldestMaxHours);
        requireHours("chores hours", choresMaxHours);
    }

    private static void requireHours(String what, double hours) {
        if (!(hours >= 0 && hours <= 168)) {
            throw new IllegalArgumentException(what + " must be between 0 and 168 hours a week, not " + hours);
        }
    }

    public ChildLabourDefinition withChores(boolean chores) {
        return new ChildLabourDefinition(minAge, youngMaxAge, middleMaxAge, maxAge, youngMinHours, middleMinHours,
                oldestMaxHours, chores, choresMaxHours);
    }

    /** 0, 1 or 2 for the young, middle and oldest band; -1 when the age is outside the range. */
    public int band(double age) {
        int years = (int) Math.floor(age);
        if (years < minAge || years > maxAge) {
            return -1;
        }
        return years <= youngMaxAge ? 0 : years <= middleMaxAge ? 1 : 2;
    }

    public boolean isChildLabour(double age, double economicHours, double choreHours,
                                 boolean hazardous, boolean worstForm) {
        int band = band(age);
        if (band < 0) {
            return false;
        }
        if (hazardous || worstForm) {
            return true;
        }
        boolean economic = switch (band) {
            case 0 -> economicHours >= youngMinHours;
            case 1 -> economicHours >= middleMinHours;
            default -> economicHours > oldestMaxHours;
        };
        return economic || (countChores && band < 2 && choreHours > choresMaxHours);
    }

    public String bandLabel(int band) {
        return switch (band) {
            case 0 -> minAge + "–" + youngMaxAge;
            case 1 -> (youngMaxAge + 1) + "–" + middleMaxAge;
            default -> (middleMaxAge + 1) + "–" + maxAge;
        };
    }

    /** The two younger bands together (5–14 by default). */
    public String youngerBandsLabel() {
        return minAge + "–" + middleMaxAge;
    }
}
