package org.labourhub.riskmaps.datasets.formats;

import java.util.List;

/**
 * The values a file declares missing for a variable (SPSS's user-missing values): up to three numbers or texts, and
 * for numbers a range from {@code low} to {@code high} (NaN when there is none; infinite for SPSS's LO and HI).
 */
public record DeclaredMissing(List<Double> numbers, List<String> texts, double low, double high) {

    public static final DeclaredMissing NONE = new DeclaredMissing(List.of(), List.of(), Double.NaN, Double.NaN);

    public DeclaredMissing {
        numbers = List.copyOf(numbers);
        texts = List.copyOf(texts);
    }

    public boolean hasRange() {
        return !Double.isNaN(low);
    }

    public boolean isEmpty() {
        return numbers.isEmpty() && texts.isEmpty() && !hasRange();
    }

    public boolean covers(double value) {
        return hasRange() && value >= low && value <= high || numbers.contains(value);
    }

    /** Text values compare without trailing spaces, as SPSS pads them. */
    public boolean covers(String value) {
        if (texts.isEmpty()) {
            return false;
        }
        String trimmed = value.stripTrailing();
        return texts.stream().anyMatch(t -> t.stripTrailing().equals(trimmed));
    }
}
