package org.labourhub.risk.survey;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.labourhub.risk.config.Covariate;
import org.labourhub.risk.config.RiskConfig;
import org.labourhub.risk.csv.CodeIndex;
import org.labourhub.risk.csv.DoubleColumn;
import org.labourhub.risk.csv.InputError;
import org.labourhub.risk.csv.IntColumn;
import org.labourhub.risk.model.ModelTerms;

/** Decides the model's columns from what the survey holds, refusing covariates the survey cannot inform. */
final class SurveyTerms {

    private final RiskConfig config;
    private final List<CodeIndex> categories;
    private final List<IntColumn> categoryValues;
    private final List<DoubleColumn> numericValues;
    private final double[] weight;
    private final Charset charset;

    SurveyTerms(RiskConfig config, List<CodeIndex> categories, List<IntColumn> categoryValues,
                List<DoubleColumn> numericValues, double[] weight, Charset charset) {
        this.config = config;
        this.categories = categories;
        this.categoryValues = categoryValues;
        this.numericValues = numericValues;
        this.weight = weight;
        this.charset = charset;
    }

    ModelTerms terms() {
        var terms = new ArrayList<ModelTerms.Term>();
        int column = 1;
        for (int c = 0; c < config.covariates().size(); c++) {
            Covariate covariate = config.covariates().get(c);
            ModelTerms.Term term = covariate.categorical() ? categorical(covariate, c, column) : numeric(covariate, c, column);
            terms.add(term);
            column += term.width();
        }
        return new ModelTerms(terms);
    }

    private ModelTerms.Term categorical(Covariate covariate, int c, int column) {
        CodeIndex codes = categories.get(c);
        var levels = new ArrayList<String>();
        for (int i = 0; i < codes.size(); i++) {
            levels.add(codes.text(i, charset));
        }
        if (levels.size() < 2) {
            throw InputError.variable(covariate.name(), "is constant in the survey (every child has '" + levels.get(0)
                    + "'), so its effect cannot be estimated. Remove it from 'covariates'.");
        }
        if (!levels.contains(covariate.reference())) {
            throw InputError.variable(covariate.name(), "the reference category '" + covariate.reference()
                    + "' does not occur in the survey. Categories found: " + sorted(levels)
                    + ". Set covariate." + covariate.name() + ".reference to one of them.");
        }
        var modelLevels = sorted(levels);
        modelLevels.remove(covariate.reference());
        return new ModelTerms.Term(covariate, column, modelLevels, 0, false);
    }

    private ModelTerms.Term numeric(Covariate covariate, int c, int column) {
        double[] values = numericValues.get(c).toArray();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        double total = 0;
        boolean binary = true;
        for (int i = 0; i < values.length; i++) {
            binary &= values[i] == 0 || values[i] == 1;
            min = Math.min(min, values[i]);
            max = Math.max(max, values[i]);
            sum += weight[i] * values[i];
            total += weight[i];
        }
        if (min == max) {
            throw InputError.variable(covariate.name(), "is constant in the survey (every child has " + min
                    + "), so its effect cannot be estimated. Remove it from 'covariates'.");
        }
        double reference = covariate.numericReference().orElse(total > 0 ? sum / total : 0);
        return new ModelTerms.Term(covariate, column, List.of(), reference, binary);
    }

    /** Categories in numeric order when they are all numbers, else in text order. */
    static List<String> sorted(List<String> levels) {
        var copy = new ArrayList<>(levels);
        boolean numeric = copy.stream().allMatch(s -> s.matches("-?\\d+(\\.\\d+)?"));
        copy.sort(numeric ? Comparator.comparingDouble(Double::parseDouble) : Comparator.naturalOrder());
        return copy;
    }

    /** For each code of the column, its indicator column within the term, or -1 for the reference. */
    static int[] columnOfCode(ModelTerms.Term term, CodeIndex codes, Charset charset) {
        int[] column = new int[codes.size()];
        for (int i = 0; i < codes.size(); i++) {
            column[i] = term.levels().indexOf(codes.text(i, charset));
        }
        return column;
    }
}
