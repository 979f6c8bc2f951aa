package org.labourhub.risk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourhub.risk.cli.CommandLine;
import org.labourhub.risk.config.ConfigFile;
import org.labourhub.risk.synthetic.SyntheticPopulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A blank labour field is never read as "not in child labour": refused, or left out and counted. */
class BlankOutcomeTest {

    @TempDir
    Path dir;

    @BeforeEach
    void population() {
        new SyntheticPopulation(new SyntheticPopulation.Settings(3000, 3000, 10, 3, 3, 0.3, 20)).write(dir);
    }

    /** Sets a survey column's field to blank on the given data lines (1 = header). */
    private void blank(String column, int... lines) throws IOException {
        Path survey = dir.resolve("survey.csv");
        List<String> rows = Files.readAllLines(survey);
        int index = Arrays.asList(rows.get(0).split(",")).indexOf(column);
        for (int line : lines) {
            String[] fields = rows.get(line - 1).split(",", -1);
            fields[index] = "";
            rows.set(line - 1, String.join(",", fields));
        }
        Files.write(survey, rows);
    }

    private RunResult run() {
        var config = ConfigFile.load(dir.resolve("risk.properties"));
        return new RiskRun(config, 2).run(dir.resolve("survey.csv"), dir.resolve("census.csv"), Optional.empty());
    }

    @Test
    void blanksAreRefusedByDefaultNamingTheFirstAndTheirCount() throws IOException {
        blank("hours_economic", 1500, 40);
        blank("hazardous", 2200);
        var err = new ByteArrayOutputStream();
        int status = CommandLine.execute(new String[] {"run", "--config", dir.resolve("risk.properties").toString(),
                "--survey", dir.resolve("survey.csv").toString(), "--census", dir.resolve("census.csv").toString(),
                "--out", dir.resolve("out").toString()}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, status, message);
        assertTrue(message.contains("survey.csv, line 40, column 'hours_economic': the value is blank"), message);
        assertTrue(message.contains("3 children have a blank labour field"), message);
        assertTrue(message.contains("outcome.blank=report"), message);
    }

    @Test
    void reportedBlanksAreLeftOutOfTheFitAndCounted() throws IOException {
        RunResult complete = run();
        blank("worst_forms", 17, 18, 19, 2999);
        Files.writeString(dir.resolve("risk.properties"), "outcome.blank=report\n", StandardOpenOption.APPEND);
        RunResult result = run();
        assertEquals(4, result.survey().blankOutcomes());
        assertEquals(complete.survey().children() - 4, result.survey().children());
        assertEquals(complete.direct().get(0).sampleSize() - 4, result.direct().get(0).sampleSize());
    }

    @Test
    void aReadyMadeOutcomeColumnNeedsNoHours() throws IOException {
        Path survey = dir.resolve("survey.csv");
        List<String> rows = Files.readAllLines(survey);
        int hazardous = Arrays.asList(rows.get(0).split(",")).indexOf("hazardous");
        double labour = 0, all = 0;
        int weight = Arrays.asList(rows.get(0).split(",")).indexOf("weight");
        rows.set(0, rows.get(0) + ",in_child_labour");
        for (int i = 1; i < rows.size(); i++) {
            String[] f = rows.get(i).split(",", -1);
            rows.set(i, rows.get(i) + "," + f[hazardous]);
            all += Double.parseDouble(f[weight]);
            labour += f[hazardous].equals("1") ? Double.parseDouble(f[weight]) : 0;
        }
        Files.write(survey, rows);
        Path config = dir.resolve("risk.properties");
        String text = Files.readString(config).replaceAll("(?m)^column\\.hours\\.economic=.*$", "column.outcome=in_child_labour");
        Files.writeString(config, text);
        RunResult result = run();
        assertEquals(labour / all, result.direct().get(0).proportion(), 1e-12);
        assertEquals(0, result.survey().blankOutcomes());
    }
}
