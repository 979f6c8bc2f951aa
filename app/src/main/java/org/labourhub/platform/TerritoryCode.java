package org.labourhub.platform;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A sub-national territory a project or a plan's activity works in, written as ISO 3166-2 writes a country's
 * subdivisions: the country's two-letter code, a hyphen and the territory's own code ({@code PE-CUS}, {@code GT-GU},
 * or a longer national code such as {@code MX-01001}). The risk maps compare these codes, as text, with the codes of
 * a run's territories; the country prefix keeps two countries' national codes apart.
 */
public record TerritoryCode(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Z]{2}-[A-Z0-9](?:[A-Z0-9.-]{0,28}[A-Z0-9])?");

    public TerritoryCode {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a territory code (country, hyphen, code): " + value);
        }
    }

    /** The code as typed (spaces around it and letter case aside), if it has a territory code's form. */
    public static Optional<TerritoryCode> of(String typed) {
        String code = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
        return FORM.matcher(code).matches() ? Optional.of(new TerritoryCode(code)) : Optional.empty();
    }

    /** The ISO 3166-1 alpha-2 code of the territory's country. */
    public String country() {
        return value.substring(0, 2);
    }

    /**
     * The codes of a list as a person types it (separated by commas, semicolons, bars or spaces), each once, in the
     * order typed, and the pieces that are no territory code.
     */
    public static Typed list(String text) {
        var codes = new LinkedHashSet<TerritoryCode>();
        var refused = new ArrayList<String>();
        for (String piece : (text == null ? "" : text).split("[;,|\\s]+")) {
            if (!piece.isEmpty()) {
                of(piece).ifPresentOrElse(codes::add, () -> refused.add(piece));
            }
        }
        return new Typed(List.copyOf(codes), List.copyOf(refused));
    }

    /** A typed list of territory codes: those understood and the pieces that are not codes. */
    public record Typed(List<TerritoryCode> codes, List<String> refused) {

        /** The codes again as a person reads and types them. */
        public String text() {
            return String.join(", ", codes.stream().map(TerritoryCode::value).toList());
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
