package org.labourhub.platform.web;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How a number typed into a form is read, everywhere: digits with a point or a comma before the decimals (spaces
 * between thousands allowed), no exponent, and no more digits than the database column holds, so that a value
 * like {@code 1e400} or forty digits gets a message beside its field rather than reaching PostgreSQL.
 *
 * @param integerDigits digits allowed before the decimal point (a {@code numeric(18, 2)} column: 16)
 * @param scale         digits allowed after it (0: a whole number)
 * @param min           the smallest value allowed
 * @param max           the largest value allowed
 */
public record NumberInput(int integerDigits, int scale, BigDecimal min, BigDecimal max) {

    /** An amount of money in a {@code numeric(18, 2)} column, never negative. */
    public static final NumberInput MONEY = new NumberInput(16, 2, BigDecimal.ZERO, new BigDecimal("9999999999999999.99"));

    public NumberInput {
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException("min above max");
        }
    }

    /** Rejects the field when the number already read is beyond the limits. */
    public void check(BigDecimal value, String field, Errors errors) {
        check(value).ifPresent(p -> errors.rejectValue(field, p.getCodes()[0], p.getArguments(), null));
    }

    /** What is wrong with the text as a message of the platform bundle; empty when it is a number within limits. */
    public Optional<MessageSourceResolvable> problem(String text) {
        BigDecimal value = number(text);
        if (value == null) {
            return message("validation.number.notANumber", text == null ? "" : text.strip());
        }
        return check(value);
    }

    /** What is wrong with a number already read (e.g. from an imported file): too many digits, or out of range. */
    public Optional<MessageSourceResolvable> check(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        if (Math.max(plain.scale(), 0) > scale) {
            return scale == 0 ? message("validation.number.whole") : message("validation.number.decimals", scale);
        }
        if (plain.precision() - plain.scale() > integerDigits || value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            return message("validation.number.range", min.toPlainString(), max.toPlainString());
        }
        return Optional.empty();
    }

    /** The text as a number (digits, a point or a comma before the decimals, spaces between thousands); null if it is none. */
    public static BigDecimal number(String text) {
        String v = text == null ? "" : text.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
        if (v.length() > 200 || !v.matches("-?\\d+([.,]\\d+)?")) {
            return null;
        }
        return new BigDecimal(v.replace(',', '.'));
    }

    private static Optional<MessageSourceResolvable> message(String code, Object... args) {
        return Optional.of(new DefaultMessageSourceResolvable(new String[]{code}, args));
    }
}
