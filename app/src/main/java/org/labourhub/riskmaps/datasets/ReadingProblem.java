package org.labourhub.riskmaps.datasets;

import org.labourhub.riskmaps.datasets.formats.MicrodataProblem;

import java.util.List;

/**
 * Why a file was not taken, as stored in its job's result and said on the result page in the reader's language: a
 * message key and its arguments, and where (file, line or case, column, variable; 0 or null when unknown).
 *
 * @param cases whether {@code line} counts cases (Stata, SPSS) rather than lines of text
 */
record ReadingProblem(String key, List<String> args, String file, long line, int column, String variable,
                      boolean cases) {

    ReadingProblem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    static ReadingProblem of(MicrodataProblem p, boolean cases) {
        return new ReadingProblem(p.key(), p.args(), p.file(), p.line(), p.column(), p.variable(), cases);
    }

    static ReadingProblem ofFile(String key, String file, Object... args) {
        return new ReadingProblem(key, java.util.Arrays.stream(args).map(String::valueOf).toList(), file, 0, 0, null,
                false);
    }
}
