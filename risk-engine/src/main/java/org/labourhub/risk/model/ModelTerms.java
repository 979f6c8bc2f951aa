package org.labourhub.risk.model;

import java.util.ArrayList;
import java.util.List;
import org.labourhub.risk.config.Covariate;

/**
 * How the covariates become the columns of the model: column 0 is the intercept, a numeric covariate is one
 * column, a categorical one is an indicator column for each category but its reference.
 */
public final class ModelTerms {

    /**
     * One covariate's place in the model. {@code levels} is empty for a numeric covariate; {@code binary} says a
     * numeric covariate only takes the values 0 and 1 in the survey (a flag such as rural or migrant).
     */
    public record Term(Covariate covariate, int firstColumn, List<String> levels, double reference, boolean binary) {
        public Term {
            levels = List.copyOf(levels);
        }

        public int width() {
            return levels.isEmpty() ? 1 : levels.size();
        }

        public boolean categorical() {
            return covariate.categorical();
        }
    }

    private final List<Term> terms;
    private final List<String> columnNames;

    public ModelTerms(List<Term> terms) {
        this.terms = List.copyOf(terms);
        var names = new ArrayList<String>();
        names.add("(Intercept)");
        for (Term term : terms) {
            if (term.categorical()) {
                term.levels().forEach(level -> names.add(term.covariate().name() + "=" + level));
            } else {
                names.add(term.covariate().name());
            }
        }
        this.columnNames = List.copyOf(names);
    }

    public List<Term> terms() {
        return terms;
    }

    public int columns() {
        return columnNames.size();
    }

    public List<String> columnNames() {
        return columnNames;
    }
}
