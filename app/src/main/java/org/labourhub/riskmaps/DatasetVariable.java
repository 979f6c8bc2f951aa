package org.labourhub.riskmaps;

import java.util.List;
import java.util.Map;

/**
 * One variable of a dataset as the mapping page lists it.
 *
 * @param label       the variable's label in the file, or null when it has none
 * @param numeric     whether its values are numbers (else text)
 * @param missing     how many rows have no value (system-missing, blank or a declared missing value)
 * @param examples    a few of its values as the file writes them, with their value label when it has one
 * @param min         smallest number, or null for text or an all-missing variable
 * @param valueLabels the labels the file gives to values (code → label), empty when none
 */
public record DatasetVariable(String name, String label, boolean numeric, long missing, List<String> examples,
                              Double min, Double max, Map<String, String> valueLabels) {

    public DatasetVariable {
        examples = examples == null ? List.of() : List.copyOf(examples);
        valueLabels = valueLabels == null ? Map.of() : Map.copyOf(valueLabels);
    }
}
