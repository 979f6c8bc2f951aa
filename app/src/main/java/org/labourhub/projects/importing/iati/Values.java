package org.labourhub.projects.importing.iati;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

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

    /**
     * IATI's rule for shares given together: when there are several, each has a percentage and they add up to 100
     * (half a point of rounding allowed). A single share may go without.
     */
    void shares(List<ActivityDraft.Share> shares, String field) {
        if (shares.size() < 2) {
            return;
        }
        var without = shares.stream().filter(s -> s.percentage() == null).findFirst();
        if (without.isPresent()) {
            checker.problem(without.get().at(), field, "percentageMissing", shares.size());
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (var s : shares) {
            try {
                sum = sum.add(new BigDecimal(s.percentage().strip()));
            } catch (NumberFormatException reported) {
                return; // the percentage itself is reported as not a number
            }
        }
        if (sum.subtract(HUNDRED).abs().compareTo(TOLERANCE) > 0) {
            checker.problem(shares.get(0).at(), field, "percentages", sum.stripTrailingZeros().toPlainString());
        }
    }

    <E extends Enum<E>> E enumValue(Class<E> type, String code, Located at, String field) {
        try {
            return Enum.valueOf(type, String.valueOf(code));
        } catch (IllegalArgumentException e) {
            checker.warning(at, field, "code", code, type.getSimpleName());
            return null;
        }
    }
}
