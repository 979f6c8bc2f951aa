package org.labourhub.risk.survey;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import org.labourhub.risk.config.BlankOutcome;
import org.labourhub.risk.config.Columns;
import org.labourhub.risk.config.Covariate;
import org.labourhub.risk.config.RiskConfig;
import org.labourhub.risk.csv.CsvFile;
import org.labourhub.risk.csv.CsvFile.RowProblem;
import org.labourhub.risk.csv.CsvLine;
import org.labourhub.risk.csv.InputError;
import org.labourhub.risk.model.DesignMatrix;
import org.labourhub.risk.model.ModelTerms;

/** Reads the survey microdata into columns, checking every value, and builds the model's design matrix. */
public final class SurveyReader {

    private final RiskConfig config;
    private final CsvFile file;
    private final Charset charset;
    private final Columns names;
    private final int weightField, stratumField, psuField, ageField, sexField, hoursField;
    private final int choresField, hazardField, worstField, regionField, householdField, outcomeField;
    /** The territory column, or −1 when the survey has none (it is needed only to compare codes with the census). */
    private final int territoryField;
    private final int[] covariateFields;
    private final byte[] maleCode, femaleCode;

    private final SurveyColumns all;

    private SurveyReader(Path path, RiskConfig config) {
        this.config = config;
        this.file = new CsvFile(path);
        this.charset = file.format().charset();
        this.names = config.columns();
        weightField = file.column(names.weight(), "weight");
        stratumField = file.column(names.stratum(), "stratum");
        psuField = file.column(names.psu(), "PSU");
        ageField = file.column(names.age(), "age");
        sexField = file.column(names.sex(), "sex");
        outcomeField = names.outcome().map(c -> file.column(c, "child labour outcome")).orElse(-1);
        boolean fromHours = outcomeField < 0;
        hoursField = fromHours ? file.column(names.economicHours().orElseThrow(), "hours of economic activity") : -1;
        choresField = fromHours && config.definition().countChores()
                ? file.column(names.choreHours().orElseThrow(), "hours of household chores") : -1;
        hazardField = fromHours ? names.hazardous().map(c -> file.column(c, "hazardous work flag")).orElse(-1) : -1;
        worstField = fromHours ? names.worstForms().map(c -> file.column(c, "worst forms flag")).orElse(-1) : -1;
        regionField = names.region().map(c -> file.column(c, "region")).orElse(-1);
        householdField = names.household().map(c -> file.column(c, "household")).orElse(-1);
        territoryField = file.indexOf(names.territory());
        covariateFields = config.covariates().stream().mapToInt(c -> file.column(c.column(), "covariate")).toArray();
        all = new SurveyColumns(config.covariates());
        maleCode = config.maleCode().getBytes(charset);
        femaleCode = config.femaleCode().getBytes(charset);
    }

    /** Reads the survey on {@code threads} threads; the result does not depend on their number. */
    public static SurveySample read(Path path, RiskConfig config, int threads) {
        var reader = new SurveyReader(path, config);
        reader.file.forEachBlock(threads, (lines, offset) -> {
            SurveyColumns part = new SurveyColumns(config.covariates());
            while (lines.next()) {
                reader.parse(lines, part, offset);
            }
            return part;
        }, reader.all::append);
        reader.refuseBlanks();
        return reader.build(threads);
    }

    public static SurveySample read(Path path, RiskConfig config) {
        return read(path, config, Runtime.getRuntime().availableProcessors());
    }

    private void parse(CsvLine line, SurveyColumns part, long blockOffset) {
        if (line.hasUnclosedQuote()) {
            throw new RowProblem(line, null, "a quoted field is not closed before the end of the line.");
        }
        double age = FieldReader.number(line, ageField, names.age(), charset);
        int band = config.definition().band(age);
        if (band < 0) {
            part.skipped++;
            return;
        }
        String blank = blankLabourField(line);
        if (blank != null) {
            part.blank(blockOffset + line.lineStart(), blank);
            return;
        }
        double w = FieldReader.number(line, weightField, names.weight(), charset);
        if (w < 0) {
            throw new RowProblem(line, names.weight(), "the weight " + line.text(weightField, charset)
                    + " is negative. Expansion weights must be zero or positive.");
        }
        part.weight.add(w);
        part.zeroWeights += w == 0 ? 1 : 0;
        if (territoryField >= 0 && territoryField < line.fieldCount() && !line.isEmpty(territoryField)) {
            part.territories.indexOf(line, territoryField);
        }
        FieldReader.requireField(line, stratumField, names.stratum());
        FieldReader.requireField(line, psuField, names.psu());
        part.stratum.add(part.strata.indexOf(line, stratumField));
        part.psuCode.add(part.psuCodes.indexOf(line, psuField));
        part.sexAndBand.add(sex(line) * 3 + band);
        part.childLabour.add(isChildLabour(line, age) ? 1 : 0);
        if (regionField >= 0) {
            FieldReader.requireField(line, regionField, names.region().orElseThrow());
            part.region.add(part.regions.indexOf(line, regionField));
        }
        if (householdField >= 0) {
            FieldReader.requireField(line, householdField, names.household().orElseThrow());
            part.households.indexOf(line, householdField);
        }
        parseCovariates(line, part);
    }

    private int sex(CsvLine line) {
        FieldReader.requireField(line, sexField, names.sex());
        if (line.fieldEquals(sexField, maleCode)) {
            return 1;
        }
        if (line.fieldEquals(sexField, femaleCode)) {
            return 0;
        }
        throw new RowProblem(line, names.sex(), "'" + line.text(sexField, charset) + "' is neither the code for boys ('"
                + config.maleCode() + "') nor for girls ('" + config.femaleCode() + "'). Set sex.male and sex.female.");
    }

    /** The first labour column that is blank on the line, or null: a blank is not "no child labour". */
    private String blankLabourField(CsvLine line) {
        if (outcomeField >= 0) {
            return isBlank(line, outcomeField) ? names.outcome().orElseThrow() : null;
        }
        if (isBlank(line, hoursField)) {
            return names.economicHours().orElseThrow();
        }
        if (choresField >= 0 && isBlank(line, choresField)) {
            return names.choreHours().orElseThrow();
        }
        if (hazardField >= 0 && isBlank(line, hazardField)) {
            return names.hazardous().orElseThrow();
        }
        return worstField >= 0 && isBlank(line, worstField) ? names.worstForms().orElseThrow() : null;
    }

    private static boolean isBlank(CsvLine line, int field) {
        return field < line.fieldCount() && line.isEmpty(field);
    }

    /** With {@code outcome.blank=refuse}, stops at the first blank labour field, saying how many there are. */
    private void refuseBlanks() {
        if (all.blankOutcomes > 0 && config.blankOutcome() == BlankOutcome.REFUSE) {
            throw InputError.at(file.path(), file.lineAt(all.firstBlankOffset), all.firstBlankColumn, "the value is "
                    + "blank, so whether this child is in child labour is unknown (" + all.blankOutcomes + " "
                    + (all.blankOutcomes == 1 ? "child has" : "children have") + " a blank labour field). Fill in "
                    + "the values, or set outcome.blank=report to leave these children out and count them.");
        }
    }

    private boolean isChildLabour(CsvLine line, double age) {
        if (outcomeField >= 0) {
            return FieldReader.flag(line, outcomeField, names.outcome().orElseThrow(), charset);
        }
        double hours = FieldReader.nonNegative(line, hoursField, names.economicHours().orElseThrow(), "hours", charset);
        double chores = choresField < 0 ? 0
                : FieldReader.nonNegative(line, choresField, names.choreHours().orElseThrow(), "hours", charset);
        boolean hazardous = hazardField >= 0 && FieldReader.flag(line, hazardField, names.hazardous().orElseThrow(), charset);
        boolean worst = worstField >= 0 && FieldReader.flag(line, worstField, names.worstForms().orElseThrow(), charset);
        return config.definition().isChildLabour(age, hours, chores, hazardous, worst);
    }

    private void parseCovariates(CsvLine line, SurveyColumns part) {
        for (int c = 0; c < covariateFields.length; c++) {
            int field = covariateFields[c];
            Covariate covariate = config.covariates().get(c);
            if (covariate.categorical()) {
                FieldReader.requireField(line, field, covariate.column());
                if (line.isEmpty(field)) {
                    throw new RowProblem(line, covariate.column(), "the category is empty. Every child needs a value "
                            + "for each covariate; recode missing values as a category of their own.");
                }
                part.categoryValues.get(c).add(part.categories.get(c).indexOf(line, field));
            } else {
                part.numericValues.get(c).add(FieldReader.number(line, field, covariate.column(), charset));
            }
        }
    }

    private SurveySample build(int threads) {
        int n = all.weight.size();
        if (n == 0) {
            throw InputError.inFile(file.path(), "no child aged " + config.definition().minAge() + "–"
                    + config.definition().maxAge() + " was found. Check the age column and the definition's ages.");
        }
        double[] w = all.weight.toArray();
        ModelTerms terms = new SurveyTerms(config, all.categories, all.categoryValues, all.numericValues, w, charset).terms();
        DesignMatrix x = designMatrix(n, terms, threads);
        int[] psu = numberPsus(n);
        int psuCount = 0;
        for (int p : psu) {
            psuCount = Math.max(psuCount, p + 1);
        }
        var regionNames = new ArrayList<String>();
        for (int r = 0; r < all.regions.size(); r++) {
            regionNames.add(all.regions.text(r, charset));
        }
        var strataNames = new ArrayList<String>();
        for (int h = 0; h < all.strata.size(); h++) {
            strataNames.add(all.strata.text(h, charset));
        }
        return new SurveySample(n, w, all.stratum.toArray(), psu, strataNames, psuCount, maleFlags(n), bands(n),
                labourFlags(n), x, terms, regionField >= 0 ? all.region.toArray() : null, regionNames,
                all.households.size(), all.skipped, all.blankOutcomes, all.zeroWeights, territoryCodes());
    }

    /** The survey's territory codes in order of first appearance, or null without a territory column. */
    private java.util.List<String> territoryCodes() {
        if (territoryField < 0) {
            return null;
        }
        var codes = new ArrayList<String>();
        for (int t = 0; t < all.territories.size(); t++) {
            codes.add(all.territories.text(t, charset));
        }
        return codes;
    }

    /** The design matrix, its 0/1 columns known from the terms: indicators, and flags such as rural. */
    private DesignMatrix designMatrix(int n, ModelTerms terms, int threads) {
        int covariates = terms.terms().size();
        int[] first = new int[covariates];
        int[][] levelColumn = new int[covariates][];
        int[][] codes = new int[covariates][];
        double[][] values = new double[covariates][];
        boolean[] zeroOne = new boolean[terms.columns()];
        zeroOne[0] = true;
        for (int c = 0; c < covariates; c++) {
            ModelTerms.Term term = terms.terms().get(c);
            first[c] = term.firstColumn();
            java.util.Arrays.fill(zeroOne, first[c], first[c] + term.width(), term.categorical() || term.binary());
            if (term.categorical()) {
                levelColumn[c] = SurveyTerms.columnOfCode(term, all.categories.get(c), charset);
                codes[c] = all.categoryValues.get(c).toArray();
            } else {
                values[c] = all.numericValues.get(c).toArray();
            }
        }
        return DesignMatrix.of(n, terms.columns(), zeroOne, (i, row) -> {
            row[0] = 1;
            for (int c = 0; c < covariates; c++) {
                if (codes[c] == null) {
                    row[first[c]] = values[c][i];
                } else {
                    int column = levelColumn[c][codes[c][i]];
                    if (column >= 0) {
                        row[first[c] + column] = 1;
                    }
                }
            }
        }, threads);
    }

    /**
     * PSU codes are only unique within a stratum: number the (stratum, PSU) pairs in order of first appearance.
     * A PSU code nearly always lies in one stratum, so pairs are found by code in an array; only a code met again
     * in another stratum goes through a map.
     */
    private int[] numberPsus(int n) {
        int codes = all.psuCodes.size();
        int[] numberOfCode = new int[codes];
        int[] stratumOfCode = new int[codes];
        java.util.Arrays.fill(numberOfCode, -1);
        var otherStrata = new HashMap<Long, Integer>();
        int next = 0;
        int[] psu = new int[n];
        for (int i = 0; i < n; i++) {
            int code = all.psuCode.get(i);
            int stratum = all.stratum.get(i);
            if (numberOfCode[code] < 0) {
                numberOfCode[code] = next++;
                stratumOfCode[code] = stratum;
                psu[i] = numberOfCode[code];
            } else if (stratumOfCode[code] == stratum) {
                psu[i] = numberOfCode[code];
            } else {
                long key = ((long) stratum << 32) | code;
                Integer number = otherStrata.get(key);
                if (number == null) {
                    number = next++;
                    otherStrata.put(key, number);
                }
                psu[i] = number;
            }
        }
        return psu;
    }

    private boolean[] maleFlags(int n) {
        boolean[] male = new boolean[n];
        for (int i = 0; i < n; i++) {
            male[i] = all.sexAndBand.get(i) >= 3;
        }
        return male;
    }

    private byte[] bands(int n) {
        byte[] band = new byte[n];
        for (int i = 0; i < n; i++) {
            band[i] = (byte) (all.sexAndBand.get(i) % 3);
        }
        return band;
    }

    private boolean[] labourFlags(int n) {
        boolean[] flags = new boolean[n];
        for (int i = 0; i < n; i++) {
            flags[i] = all.childLabour.get(i) == 1;
        }
        return flags;
    }

}
