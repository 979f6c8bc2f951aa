package org.labourhub.directory;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a reader typed to find a record by name: its words, case and accents aside, each of which must begin or occur
 * in one of the record's names or its acronym ("trab guat" finds "Ministerio de Trabajo … de Guatemala").
 */
record NameQuery(List<String> words) {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    static NameQuery of(String typed) {
        String folded = fold(typed == null ? "" : typed);
        return new NameQuery(Arrays.stream(SEPARATORS.split(folded)).filter(w -> !w.isEmpty()).limit(8).toList());
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /** Whether every word occurs in at least one of the names (null names are skipped). */
    boolean matches(List<String> names) {
        List<String> folded = names.stream().filter(Objects::nonNull).map(NameQuery::fold).toList();
        return words.stream().allMatch(w -> folded.stream().anyMatch(name -> name.contains(w)));
    }

    /** The words as SQL LIKE patterns ("%word%"), wildcards in them taken literally. */
    List<String> likePatterns() {
        return words.stream().map(w -> "%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%").toList();
    }

    /** Lower case without accents: "Previsión" and "prevision" are the same to a reader looking for it. */
    static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
