package org.labourhub.projects.search;

import org.labourhub.projects.SearchWords;

import java.util.Arrays;

/**
 * Trigram similarity of two texts as PostgreSQL's pg_trgm computes it ({@code similarity(a, b)}), for comparing
 * many pairs of titles without the database extracting each title's trigrams again for every pair. A text's words
 * are its runs of letters and digits; each word, padded with two spaces before and one after, gives its trigrams; the
 * similarity is the number of trigrams two texts share over the number of distinct trigrams of both.
 */
public final class TitleTrigrams {

    private TitleTrigrams() {
    }

    /** The distinct trigrams of an already folded text ({@link SearchWords#folded}), each packed in a long, sorted. */
    public static long[] of(String folded) {
        long[] trigrams = new long[folded.length() + 8];
        int count = 0;
        int start = 0;
        for (int i = 0; i <= folded.length(); i++) {
            if (i < folded.length() && Character.isLetterOrDigit(folded.charAt(i))) {
                continue;
            }
            if (i > start) {
                // "  word ": the padded word's trigrams, packed as three 16-bit characters
                char previous2 = ' ';
                char previous = ' ';
                for (int j = start; j <= i; j++) {
                    char ch = j < i ? folded.charAt(j) : ' ';
                    if (count == trigrams.length) {
                        trigrams = Arrays.copyOf(trigrams, 2 * count);
                    }
                    trigrams[count++] = ((long) previous2 << 32) | ((long) previous << 16) | ch;
                    previous2 = previous;
                    previous = ch;
                }
            }
            start = i + 1;
        }
        long[] sorted = Arrays.copyOf(trigrams, count);
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, distinct);
    }

    /** pg_trgm's similarity of two texts' trigrams (as {@link #of} gives them): shared ÷ all distinct; 0 for two empty texts. */
    public static double similarity(long[] a, long[] b) {
        int shared = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        int all = a.length + b.length - shared;
        return all == 0 ? 0 : (double) shared / all;
    }
}
