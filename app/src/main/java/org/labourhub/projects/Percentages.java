package org.labourhub.projects;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;

/** IATI's rule for shares: each between 0 and 100, and when several are given they add up to 100. */
final class Percentages {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TOLERANCE = new BigDecimal("0.5");

    private Percentages() {
    }

    static void check(BigDecimal percentage) {
        if (percentage != null && (percentage.signum() < 0 || percentage.compareTo(HUNDRED) > 0)) {
            throw new IllegalArgumentException("A percentage lies between 0 and 100: " + percentage);
        }
    }

    /** Whether the given shares (nulls allowed only when there is one share) add up to 100. */
    static boolean sumTo100(Collection<BigDecimal> shares) {
        if (shares.size() <= 1 && shares.stream().allMatch(Objects::isNull)) {
            return true;
        }
        if (shares.stream().anyMatch(Objects::isNull)) {
            return false;
        }
        BigDecimal sum = shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.subtract(HUNDRED).abs().compareTo(TOLERANCE) <= 0;
    }
}
