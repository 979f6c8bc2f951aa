package org.labourhub.riskmaps.datasets.formats;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.labourhub.riskmaps.datasets.formats.Row.Missing;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Stata and SPSS files written by R (haven, foreign) read back with every value, label and missing flag. */
class ReadsWhatRWritesTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void rWritesTheFiles() throws Exception {
        RWrites.files(dir);
    }

    @ParameterizedTest
    @ValueSource(strings = {"survey.sav", "survey-uncompressed.sav", "survey.zsav"})
    void spssFilesGiveBackEveryValueAndUserMissingFlag(String file) throws IOException {
        try (MicrodataReader reader = MicrodataFormat.open(dir.resolve(file), ReadOptions.DEFAULTS)) {
            assertThat(mismatches(reader, "expected-sav.tsv", true)).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"survey-v13.dta", "survey-v14.dta", "survey-v15.dta"})
    void stataFilesGiveBackEveryValueAndMissingCode(String file) throws IOException {
        try (MicrodataReader reader = MicrodataFormat.open(dir.resolve(file), ReadOptions.DEFAULTS)) {
            assertThat(mismatches(reader, "expected-dta.tsv", true)).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"foreign-default.dta", "foreign-v10.dta"})
    void oldStataFilesFromForeignGiveBackEveryValue(String file) throws IOException {
        try (MicrodataReader reader = MicrodataFormat.open(dir.resolve(file), ReadOptions.DEFAULTS)) {
            assertThat(mismatches(reader, "expected-foreign.tsv", false)).isEmpty();
            assertThat(variable(reader, "sex").valueLabels()).isEqualTo(Map.of("1", "Hombre", "2", "Mujer"));
            assertThat(variable(reader, "weight").label()).isEqualTo("Factor de expansion");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"survey.sav", "survey.zsav"})
    void spssFilesGiveLabelsAndDeclaredMissingValues(String file) throws IOException {
        try (MicrodataReader reader = MicrodataFormat.open(dir.resolve(file), ReadOptions.DEFAULTS)) {
            assertThat(variable(reader, "weight").label()).isEqualTo("Factor de expansión");
            assertThat(variable(reader, "sex").valueLabels()).isEqualTo(Map.of("1", "Hombre", "2", "Mujer (niña)"));
            Variable works = variable(reader, "works");
            assertThat(works.valueLabels()).containsEntry("9", "No sabe").containsEntry("1", "Sí");
            assertThat(works.missing().numbers()).containsExactly(9.0);
            Variable income = variable(reader, "income");
            assertThat(income.missing().low()).isEqualTo(-99.0);
            assertThat(income.missing().high()).isEqualTo(-90.0);
            assertThat(variable(reader, "note").kind()).isEqualTo(Variable.Kind.TEXT);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"survey-v13.dta", "survey-v14.dta", "survey-v15.dta"})
    void stataFilesGiveVariableAndValueLabels(String file) throws IOException {
        try (MicrodataReader reader = MicrodataFormat.open(dir.resolve(file), ReadOptions.DEFAULTS)) {
            assertThat(variable(reader, "weight").label()).isEqualTo("Factor de expansión");
            assertThat(variable(reader, "sex").valueLabels()).isEqualTo(Map.of("1", "Hombre", "2", "Mujer (niña)"));
            assertThat(variable(reader, "works").valueLabels())
                    .isEqualTo(Map.of("1", "Sí", "2", "No", ".a", "No sabe"));
            assertThat(reader.announcedCases()).isEqualTo(1200);
        }
    }

    @Test
    void theSummaryCountsMissingValuesAndShowsLabelledExamples() throws IOException {
        try (MicrodataReader reader = MicrodataFormat.open(dir.resolve("survey.sav"), ReadOptions.DEFAULTS)) {
            var summaries = VariableSummary.of(reader);
            VariableSummary works = summaries.get(4);
            assertThat(works.variable().name()).isEqualTo("works");
            assertThat(works.cases()).isEqualTo(1200);
            assertThat(works.declaredMissing()).isEqualTo(120);
            assertThat(works.systemMissing()).isZero();
            assertThat(works.examples()).contains(new VariableSummary.Example("1", "Sí"),
                    new VariableSummary.Example("9", "No sabe"));
            VariableSummary age = summaries.get(2);
            assertThat(age.systemMissing()).isEqualTo(24);
            assertThat(age.min()).isZero();
            assertThat(age.max()).isEqualTo(89);
            assertThat(summaries.get(7).examples()).hasSizeLessThanOrEqualTo(VariableSummary.EXAMPLES);
        }
    }

    @Test
    void theEngineCsvLeavesMissingValuesEmptyAndQuotesTexts() throws IOException {
        var out = new StringWriter();
        try (MicrodataReader reader = MicrodataFormat.open(dir.resolve("survey-v15.dta"), ReadOptions.DEFAULTS)) {
            assertThat(EngineCsv.write(reader, List.of("id", "works", "income", "weight", "name"), out)).isEqualTo(1200);
        }
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("id,works,income,weight,name");
        assertThat(lines.get(10)).isEqualTo("10,,15.25,756.923077,\"Persona 10 ñandú, \"\"q\"\"\"");
        assertThat(lines.get(17)).isEqualTo("17,1,,1251.769231,\"Persona 17 ñandú, \"\"q\"\"\"");
        assertThat(lines.get(40)).isEqualTo("40,,60.25,2877.692308,");
    }

    @ParameterizedTest
    @ValueSource(strings = {"survey.sav", "survey.zsav", "survey-v14.dta", "foreign-default.dta"})
    void aFileCutShortIsATruncatedFileAtTheCaseWhereItEnds(String name) throws IOException {
        byte[] whole = Files.readAllBytes(dir.resolve(name));
        Path cut = dir.resolve("cut-" + name);
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length * 2 / 5));
        MicrodataProblem problem = null;
        try (MicrodataReader reader = MicrodataFormat.open(cut, ReadOptions.DEFAULTS)) {
            while (reader.next() != null) {
                // read to where the file ends
            }
        } catch (MicrodataProblem found) {
            problem = found;
        }
        assertThat(problem).as("a problem").isNotNull();
        assertThat(problem.kind()).isIn(MicrodataProblem.Kind.TRUNCATED, MicrodataProblem.Kind.DAMAGED);
        assertThat(problem.file()).isEqualTo(cut.getFileName().toString());
    }

    private static Variable variable(MicrodataReader reader, String name) {
        return reader.variables().get(reader.columnOf(name));
    }

    /**
     * Compares every row with R's expectations; returns what differs (the first 20). foreign writes R's NA in an
     * integer as 2147483647 whatever the format, which Stata 8 and later read as .z: for its files
     * ({@code exactMissing} false) any missing value stands for R's NA.
     */
    private static List<String> mismatches(MicrodataReader reader, String expectations, boolean exactMissing)
            throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve(expectations), StandardCharsets.UTF_8);
        String[] names = lines.get(0).split("\t", -1);
        int[] columns = new int[names.length];
        for (int c = 0; c < names.length; c++) {
            columns[c] = reader.columnOf(names[c]);
        }
        var problems = new ArrayList<String>();
        for (int r = 1; r < lines.size() && problems.size() < 20; r++) {
            Row row = reader.next();
            if (row == null) {
                problems.add("no row " + r);
                break;
            }
            String[] expected = lines.get(r).split("\t", -1);
            for (int c = 0; c < names.length; c++) {
                String found = differs(row, columns[c], expected[c], exactMissing);
                if (found != null) {
                    problems.add("row " + r + " " + names[c] + ": expected " + expected[c] + ", read " + found);
                }
            }
        }
        if (problems.isEmpty() && reader.next() != null) {
            problems.add("more rows than R wrote");
        }
        return problems;
    }

    /** What was read when it is not what R wrote, else null. */
    private static String differs(Row row, int column, String expected, boolean exactMissing) {
        String read = row.missing(column) + " " + row.valueText(column);
        if (!row.variable(column).isNumber()) {
            return row.missing(column) == Missing.NONE && expected.equals(row.text(column)) ? null : read;
        }
        boolean same;
        if (expected.isEmpty()) {
            same = exactMissing ? row.missing(column) == Missing.SYSTEM : row.isMissing(column);
        } else if (expected.startsWith(".")) {
            same = row.missing(column) == Missing.DECLARED && expected.equals(row.missingCode(column));
        } else if (expected.startsWith("~")) {
            same = row.missing(column) == Missing.DECLARED
                    && row.number(column) == Double.parseDouble(expected.substring(1));
        } else {
            same = row.missing(column) == Missing.NONE && row.number(column) == Double.parseDouble(expected);
        }
        return same ? null : read;
    }
}
