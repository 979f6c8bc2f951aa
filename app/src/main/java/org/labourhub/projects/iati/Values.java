package org.labourhub.projects.iati;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Objects;

/** Turns the text of attributes and elements into dates, decimals and codes, reporting what does not parse. */
final class Values {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TOLERANCE = new BigDecimal("0.5");

    private final ActivityChecker checker;

    Values(ActivityChecker checker) {
        this.checker = checker;
    }

    LocalDate date(String text, Located at, String field) {
        if (text == null) {
            checker.problem(at, field, "missing");
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            checker.problem(at, field, "date", text);
            return null;
        }
    }

    BigDecimal decimal(String text, Located at, String field) {
        if (text == null || text.isBlank()) {
            checker.problem(at, field, "missing");
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            checker.problem(at, field, "number", text);
            return null;
        }
    }

    BigDecimal percentage(String text, Located at, String field) {
        if (text == null) {
            return null;
        }
        BigDecimal value = decimal(text, at, field);
        if (value != null && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
            checker.problem(at, field, "percentage", text);
            return null;
        }
        return value;
    }

    BigDecimal quietDecimal(String text) {
        try {
            return text == null ? null : new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }

    <E extends Enum<E>> E enumValue(Class<E> type, String code, Located at, String field) {
        try {
            return Enum.valueOf(type, String.valueOf(code));
        } catch (IllegalArgumentException e) {
            checker.problem(at, field, "code", code, type.getSimpleName());
            return null;
        }
    }

    /** Whether the shares add up to 100 (half a point of rounding allowed); a single share may be left out. */
    static boolean sumTo100(Collection<BigDecimal> shares) {
        if (shares.size() == 1 && shares.iterator().next() == null) {
            return true;
        }
        if (shares.stream().anyMatch(Objects::isNull)) {
            return false;
        }
        return sum(shares).subtract(HUNDRED).abs().compareTo(TOLERANCE) <= 0;
    }

    static BigDecimal sum(Collection<BigDecimal> shares) {
        return shares.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
