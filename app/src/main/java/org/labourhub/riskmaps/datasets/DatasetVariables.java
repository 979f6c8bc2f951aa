package org.labourhub.riskmaps.datasets;

import org.labourhub.riskmaps.DatasetVariable;
import org.labourhub.riskmaps.datasets.formats.VariableSummary;

import java.util.ArrayList;
import java.util.List;

/** A file's variables as the dataset and mapping pages list them, from the summary pass over the file. */
public final class DatasetVariables {

    private DatasetVariables() {
    }

    public static List<DatasetVariable> of(List<VariableSummary> summaries) {
        var variables = new ArrayList<DatasetVariable>(summaries.size());
        for (VariableSummary s : summaries) {
            var v = s.variable();
            var examples = s.examples().stream()
                    .map(e -> e.label() == null || e.label().isBlank() ? e.value() : e.value() + " = " + e.label())
                    .toList();
            boolean numeric = v.isNumber() || s.allNumbers();
            variables.add(new DatasetVariable(v.name(), v.label().isBlank() ? null : v.label(), numeric, s.missing(),
                    examples, numeric && !Double.isNaN(s.min()) ? s.min() : null,
                    numeric && !Double.isNaN(s.max()) ? s.max() : null, v.valueLabels()));
        }
        return variables;
    }

}
