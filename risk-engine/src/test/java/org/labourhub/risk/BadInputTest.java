package org.labourhub.risk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourhub.risk.cli.CommandLine;
import org.labourhub.risk.synthetic.SyntheticPopulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each kind of bad input is named precisely (file, line, column or variable) and leaves no output behind. */
class BadInputTest {

    @TempDir
    Path dir;
    Path out;

    @BeforeEach
    void population() {
        new SyntheticPopulation(new SyntheticPopulation.Settings(3000, 3000, 10, 3, 3, 0.3, 20)).write(dir);
        out = dir.resolve("results");
    }

    private String run(String... extra) {
        var err = new ByteArrayOutputStream();
        var args = new ArrayList<>(List.of("run", "--config", dir.resolve("risk.properties").toString(),
                "--survey", dir.resolve("survey.csv").toString(), "--census", dir.resolve("census.csv").toString(),
                "--out", out.toString()));
        args.addAll(List.of(extra));
        int status = CommandLine.execute(args.toArray(String[]::new), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, status, "a bad input ends with status 1");
        assertNoOutput();
        return err.toString(StandardCharsets.UTF_8);
    }

    private void assertNoOutput() {
        assertFalse(Files.exists(out), "no output directory after an error");
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().contains("partial")), "no staging left");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Rewrites one field of the data line {@code line} (1 = header) of a file. */
    private void edit(String file, String column, int line, String value) throws IOException {
        editAll(file, column, (row, old) -> row == line ? value : old);
    }

    private void editAll(String file, String column, FieldEdit edit) throws IOException {
        Path path = dir.resolve(file);
        List<String> lines = Files.readAllLines(path);
        int index = Arrays.asList(lines.get(0).split(",")).indexOf(column);
        for (int i = 1; i < lines.size(); i++) {
            String[] fields = lines.get(i).split(",", -1);
            fields[index] = edit.apply(i + 1, fields[index]);
            lines.set(i, String.join(",", fields));
        }
        Files.write(path, lines);
    }

    private void dropColumn(String file, String column) throws IOException {
        Path path = dir.resolve(file);
        List<String> lines = Files.readAllLines(path);
        int index = Arrays.asList(lines.get(0).split(",")).indexOf(column);
        UnaryOperator<String> drop = line -> {
            var fields = new ArrayList<>(Arrays.asList(line.split(",", -1)));
            fields.remove(index);
            return String.join(",", fields);
        };
        lines.replaceAll(drop);
        Files.write(path, lines);
    }

    interface FieldEdit {
        String apply(int line, String old);
    }

    @Test
    void missingColumnIsNamedWithItsFile() throws IOException {
        dropColumn("census.csv", "rural");
        String message = run();
        assertTrue(message.contains("census.csv, line 1, column 'rural'"), message);
        assertTrue(message.contains("missing"), message);
    }

    @Test
    void nonNumericValueIsNamedWithLineAndColumn() throws IOException {
        edit("survey.csv", "age", 58, "twelve");
        String message = run();
        assertTrue(message.contains("survey.csv, line 58, column 'age': 'twelve' is not a number"), message);
    }

    @Test
    void negativeWeightIsRefused() throws IOException {
        edit("survey.csv", "weight", 7, "-12.5");
        String message = run();
        assertTrue(message.contains("survey.csv, line 7, column 'weight'"), message);
        assertTrue(message.contains("negative"), message);
    }

    @Test
    void emptyTerritoryIsRefused() throws IOException {
        edit("census.csv", "territory", 1234, "");
        String message = run();
        assertTrue(message.contains("census.csv, line 1234, column 'territory': the territory code is empty"), message);
    }

    @Test
    void perfectSeparationNamesTheVariable() throws IOException {
        List<String> header = Arrays.asList(Files.readAllLines(dir.resolve("survey.csv")).get(0).split(","));
        int poverty = header.indexOf("poverty");
        int hazardous = header.indexOf("hazardous");
        Path path = dir.resolve("survey.csv");
        List<String> lines = Files.readAllLines(path);
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",", -1);
            if (f[poverty].equals("1")) {
                f[hazardous] = "1";
            }
            lines.set(i, String.join(",", f));
        }
        Files.write(path, lines);
        String message = run();
        assertTrue(message.contains("perfect separation by variable 'poverty'"), message);
    }

    @Test
    void covariateConstantInTheSurveyIsNamed() throws IOException {
        editAll("survey.csv", "female_head", (line, old) -> "0");
        String message = run();
        assertTrue(message.contains("variable 'female_head'"), message);
        assertTrue(message.contains("constant in the survey"), message);
    }

    @Test
    void categoryUnknownToTheSurveyIsNamed() throws IOException {
        edit("census.csv", "head_schooling", 99, "doctorate");
        String message = run();
        assertTrue(message.contains("census.csv, line 99, column 'head_schooling': the category 'doctorate'"), message);
    }

    @Test
    void failureWhileWritingLeavesNoPartialOutput() throws IOException {
        Path boundaries = dir.resolve("bad.geojson");
        Files.writeString(boundaries, "{\"type\": \"FeatureCollection\", \"features\": [");
        String message = run("--boundaries", boundaries.toString());
        assertTrue(message.contains("bad.geojson") && message.contains("not valid JSON"), message);
    }
}
