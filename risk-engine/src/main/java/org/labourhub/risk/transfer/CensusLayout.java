package org.labourhub.risk.transfer;

import java.nio.charset.Charset;
import java.util.List;
import org.labourhub.risk.config.RiskConfig;
import org.labourhub.risk.csv.CsvFile;
import org.labourhub.risk.csv.CsvFile.RowProblem;
import org.labourhub.risk.csv.CsvLine;
import org.labourhub.risk.model.ModelTerms;
import org.labourhub.risk.survey.FieldReader;

/**
 * Where the census or register keeps what the model needs, and how a line becomes a row of the model:
 * every covariate must exist in the census, and each category must be one the survey knows.
 */
final class CensusLayout {

    final int territoryField;
    final int regionField;
    final int ageField;
    final int sexField;
    private final RiskConfig config;
    private final ModelTerms terms;
    private final Charset charset;
    private final int[] termFields;
    private final byte[][][] levelBytes;
    private final byte[][] referenceBytes;
    private final byte[] male;
    private final byte[] female;

    CensusLayout(CsvFile file, RiskConfig config, ModelTerms terms) {
        this.config = config;
        this.terms = terms;
        this.charset = file.format().charset();
        var columns = config.columns();
        territoryField = file.column(columns.territory(), "territory");
        regionField = columns.region().map(r -> file.column(r, "region")).orElse(-1);
        ageField = file.column(columns.age(), "age");
        sexField = file.column(columns.sex(), "sex");
        List<ModelTerms.Term> list = terms.terms();
        termFields = new int[list.size()];
        levelBytes = new byte[list.size()][][];
        referenceBytes = new byte[list.size()][];
        for (int t = 0; t < list.size(); t++) {
            ModelTerms.Term term = list.get(t);
            termFields[t] = file.column(term.covariate().column(), "covariate");
            if (term.categorical()) {
                levelBytes[t] = term.levels().stream().map(l -> l.getBytes(charset)).toArray(byte[][]::new);
                referenceBytes[t] = term.covariate().reference().getBytes(charset);
            }
        }
        male = config.maleCode().getBytes(charset);
        female = config.femaleCode().getBytes(charset);
    }

    Charset charset() {
        return charset;
    }

    int width() {
        return terms.columns();
    }

    /** 1 for a boy, 0 for a girl. */
    int sex(CsvLine line) {
        FieldReader.requireField(line, sexField, config.columns().sex());
        if (line.fieldEquals(sexField, male)) {
            return 1;
        }
        if (line.fieldEquals(sexField, female)) {
            return 0;
        }
        throw new RowProblem(line, config.columns().sex(), "'" + line.text(sexField, charset) + "' is neither the code "
                + "for boys ('" + config.maleCode() + "') nor for girls ('" + config.femaleCode() + "').");
    }

    double age(CsvLine line) {
        double age = ageField < line.fieldCount() ? line.number(ageField) : Double.NaN;
        return Double.isNaN(age) ? FieldReader.number(line, ageField, config.columns().age(), charset) : age;
    }

    int terms() {
        return termFields.length;
    }

    /**
     * Reads the line's covariates into {@code values}, one per term: a numeric covariate's value, a categorical
     * one's level (its indicator column's place within the term, −1 for the reference category). {@code age} is
     * the line's age already read, taken as is when age is a covariate.
     */
    void read(CsvLine line, double age, double[] values) {
        int fields = line.fieldCount();
        for (int t = 0; t < termFields.length; t++) {
            int field = termFields[t];
            if (field >= fields) {
                values[t] = problem(line, t);
            } else if (levelBytes[t] != null) {
                values[t] = levelOf(line, field, t);
            } else if (field == ageField) {
                values[t] = age;
            } else {
                double value = line.number(field);
                values[t] = Double.isNaN(value) ? problem(line, t) : value;
            }
        }
    }

    /** Throws the message for term {@code t}'s field of the line (missing or not a number). */
    private double problem(CsvLine line, int t) {
        return FieldReader.number(line, termFields[t], terms.terms().get(t).covariate().column(), charset);
    }

    /**
     * Fills {@code x[offset..offset+width)} with the model row of the covariates at {@code values[from..]} (as
     * {@link #read} gives them).
     */
    void modelRow(double[] values, int from, double[] x, int offset) {
        java.util.Arrays.fill(x, offset, offset + width(), 0);
        x[offset] = 1;
        List<ModelTerms.Term> list = terms.terms();
        for (int t = 0; t < termFields.length; t++) {
            int first = offset + list.get(t).firstColumn();
            if (levelBytes[t] == null) {
                x[first] = values[from + t];
            } else if (values[from + t] >= 0) {
                x[first + (int) values[from + t]] = 1;
            }
        }
    }

    private int levelOf(CsvLine line, int field, int t) {
        byte[][] levels = levelBytes[t];
        for (int l = 0; l < levels.length; l++) {
            if (line.fieldEquals(field, levels[l])) {
                return l;
            }
        }
        if (line.fieldEquals(field, referenceBytes[t])) {
            return -1;
        }
        ModelTerms.Term term = terms.terms().get(t);
        throw new RowProblem(line, term.covariate().column(), "the category '" + line.text(field, charset)
                + "' of covariate '" + term.covariate().name() + "' does not occur in the survey, so the model has no "
                + "coefficient for it. Survey categories: " + term.covariate().reference() + ", "
                + String.join(", ", term.levels()) + ". Recode it to one of them.");
    }
}
