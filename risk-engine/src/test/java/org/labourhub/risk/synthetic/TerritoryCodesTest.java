package org.labourhub.risk.synthetic;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourhub.risk.cli.CommandLine;
import org.labourhub.risk.csv.InputError;
import org.labourhub.risk.report.JsonReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Synthetic populations on real administrative units, which a run then reports under their codes. */
class TerritoryCodesTest {

    @TempDir
    Path dir;

    private void execute(String... args) {
        var err = new ByteArrayOutputStream();
        int status = CommandLine.execute(args, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    @SuppressWarnings("unchecked")
    void generatedPopulationsLiveInTheGivenTerritoriesAndRegions() throws Exception {
        Path codes = dir.resolve("peru.txt");
        Files.writeString(codes, """
                # Peru, first-level units (ISO 3166-2) and a macro-region
                PE-LIM,CENTRO
                PE-CUS,SUR
                PE-ARE,SUR
                PE-LOR,ORIENTE
                PE-PIU,NORTE
                PE-LAL,NORTE
                """);
        Path data = dir.resolve("data");
        execute("generate", "--out", data.toString(), "--territory-codes", codes.toString(), "--survey-children",
                "3000", "--census-children", "6000", "--seed", "2");
        List<String> truth = Files.readAllLines(data.resolve("truth.csv"));
        assertEquals(7, truth.size());
        assertTrue(truth.get(1).startsWith("PE-LIM,CENTRO,"), truth.get(1));
        Path out = dir.resolve("out");
        execute("run", "--config", data.resolve("risk.properties").toString(), "--survey",
                data.resolve("survey.csv").toString(), "--census", data.resolve("census.csv").toString(), "--out",
                out.toString());
        var results = (Map<String, Object>) JsonReader.parse(Files.readString(out.resolve("results.json")));
        var territories = (List<Map<String, Object>>) results.get("territories");
        assertEquals(List.of("PE-ARE", "PE-CUS", "PE-LAL", "PE-LIM", "PE-LOR", "PE-PIU"),
                territories.stream().map(t -> t.get("code")).toList());
        assertEquals("SUR", territories.get(0).get("region"));
    }

    @Test
    void codesWithoutRegionsGetGeneratedRegionsAndBadFilesAreNamed() throws Exception {
        Path codes = dir.resolve("codes.txt");
        Files.writeString(codes, "GT-GU\nGT-AV\nGT-SM\nGT-QZ\n");
        List<TerritoryCode> read = TerritoryCode.read(codes);
        assertEquals(new TerritoryCode("GT-GU", null), read.get(0));
        Files.writeString(codes, "GT-GU,R1\nGT-AV\n");
        InputError mixed = assertThrows(InputError.class, () -> TerritoryCode.read(codes));
        assertTrue(mixed.getMessage().startsWith("codes.txt, line 2"), mixed.getMessage());
        Files.writeString(codes, "GT-GU\nGT-GU\n");
        assertTrue(assertThrows(InputError.class, () -> TerritoryCode.read(codes)).getMessage().contains("twice"));
    }
}
