package org.labourhub.riskmaps.datasets.formats;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a variable holds, for the person choosing which variables play which role: how many cases, how many missing
 * (system and declared), a few distinct example values with their labels, the smallest and largest number, and for
 * a text column whether every value in it is a number (so it could be read as one).
 */
public record VariableSummary(Variable variable, long cases, long systemMissing, long declaredMissing,
                              List<Example> examples, double min, double max, boolean allNumbers) {

    public static final int EXAMPLES = 5;

    /** An example value as the engine's CSV writes it, and its label or null. */
    public record Example(String value, String label) {
    }

    public long missing() {
        return systemMissing + declaredMissing;
    }

    /** One pass over the file's rows, summarising every variable. */
    public static List<VariableSummary> of(MicrodataReader reader) throws IOException {
        List<Variable> variables = reader.variables();
        var tallies = new ArrayList<Tally>(variables.size());
        for (Variable variable : variables) {
            tallies.add(new Tally(variable));
        }
        for (Row row = reader.next(); row != null; row = reader.next()) {
            for (int column = 0; column < tallies.size(); column++) {
                tallies.get(column).add(row, column);
            }
        }
        return tallies.stream().map(Tally::summary).toList();
    }

    private static final class Tally {
        private final Variable variable;
        private final Map<String, String> examples = new LinkedHashMap<>();
        private long cases;
        private long system;
        private long declared;
        private double min = Double.NaN;
        private double max = Double.NaN;
        private boolean allNumbers = true;

        Tally(Variable variable) {
            this.variable = variable;
        }

        void add(Row row, int column) {
            cases++;
            switch (row.missing(column)) {
                case SYSTEM -> system++;
                case DECLARED -> declared++;
                case NONE -> value(row, column);
            }
            if (row.missing(column) != Row.Missing.SYSTEM && examples.size() < EXAMPLES) {
                String value = row.valueText(column);
                examples.putIfAbsent(value, variable.labelOf(value));
            }
        }

        private void value(Row row, int column) {
            double number = variable.isNumber() ? row.number(column) : NumberText.parse(row.text(column));
            if (Double.isNaN(number)) {
                allNumbers = false;
                return;
            }
            min = Double.isNaN(min) ? number : Math.min(min, number);
            max = Double.isNaN(max) ? number : Math.max(max, number);
        }

        VariableSummary summary() {
            var list = new ArrayList<Example>();
            examples.forEach((value, label) -> list.add(new Example(value, label)));
            return new VariableSummary(variable, cases, system, declared, List.copyOf(list), min, max,
                    allNumbers && !Double.isNaN(min));
        }
    }
}
