package org.labourhub.riskmaps.datasets;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Locale;

/**
 * A problem with a file said in the reader's language, naming where it is: "survey.csv, line 12, column 3,
 * variable age: …".
 */
@Component
class ProblemInWords {

    private final MessageSource messages;

    ProblemInWords(MessageSource messages) {
        this.messages = messages;
    }

    /** Problems whose arguments are counts, which their messages put in the plural: given as numbers. */
    private static final java.util.Set<String> COUNTED = java.util.Set.of("riskmaps.formats.fieldCount");

    String say(ReadingProblem problem, Locale locale) {
        String what = messages.getMessage(problem.key(), arguments(problem), locale);
        var place = new ArrayList<String>();
        if (problem.line() > 0) {
            place.add(messages.getMessage(problem.cases() ? "riskmaps.datasets.at.case" : "riskmaps.datasets.at.line",
                    new Object[] {problem.line()}, locale));
        }
        if (problem.column() > 0) {
            place.add(messages.getMessage("riskmaps.datasets.at.column", new Object[] {problem.column()}, locale));
        }
        if (problem.variable() != null && !problem.variable().isBlank()) {
            place.add(messages.getMessage("riskmaps.datasets.at.variable", new Object[] {problem.variable()}, locale));
        }
        String file = problem.file() == null ? "" : problem.file();
        return place.isEmpty()
                ? messages.getMessage("riskmaps.datasets.problemInFile", new Object[] {file, what}, locale)
                : messages.getMessage("riskmaps.datasets.problemAt", new Object[] {file, String.join(", ", place), what}, locale);
    }

    private static Object[] arguments(ReadingProblem problem) {
        if (!COUNTED.contains(problem.key())) {
            return problem.args().toArray();
        }
        return problem.args().stream()
                .map(a -> a.matches("-?[0-9]{1,18}") ? (Object) Long.valueOf(a) : a).toArray();
    }
}
