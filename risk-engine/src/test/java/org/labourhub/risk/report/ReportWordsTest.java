package org.labourhub.risk.report;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourhub.risk.cli.CommandLine;
import org.labourhub.risk.synthetic.SyntheticPopulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTML outputs speak the reader's language: labels, numbers, methods, and never "null". */
class ReportWordsTest {

    @Test
    void numbersAreWrittenAsTheLanguageWritesThem() {
        assertEquals("1,234.5", Html.number(1234.5, 1, "en"));
        assertEquals("1.234,5", Html.number(1234.5, 1, "es"));
        assertEquals("1.234,5", Html.number(1234.5, 1, "pt"));
        assertEquals("1\u202F234,5", Html.number(1234.5, 1, "fr"));
        assertEquals("22,9 %", Html.percent(0.2292379, "es"));
        assertEquals("22,9\u202F%", Html.percent(0.2292379, "fr"));
    }

    @Test
    void numericCodesAreListedInNumericOrder() {
        assertArrayEquals(new int[] {2, 0, 1}, Fiches.indexOrder(List.of("10", "20", "2")));
        assertArrayEquals(new int[] {0, 2, 1}, Fiches.indexOrder(List.of("PE-AMA", "PE-LIM", "PE-CUS")));
    }

    @Test
    void reportFichesAndMapUseLabelsAndTheLanguage(@TempDir Path dir) throws Exception {
        new SyntheticPopulation(new SyntheticPopulation.Settings(3000, 6000, 12, 3, 5, 0.3, 20)).write(dir);
        Path config = dir.resolve("risk.properties");
        String text = Files.readString(config).replaceAll("(?m)^column\\.region=.*$", "") + """
                language=es
                covariate.poverty.label.es=Hogar en pobreza
                covariate.head_schooling.label.es=Escolaridad del jefe de hogar
                covariate.head_schooling.level.primary.label.es=primaria
                """;
        Files.writeString(config, text);
        Path boundaries = dir.resolve("b.geojson");
        Files.writeString(boundaries, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                + "\"properties\":{\"code\":\"T00001\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[0.0,0.0],[1.0,0.0],[1.0,1.0],[0.0,0.0]]]}},{\"type\":\"Feature\",\"properties\":{\"code\":\"X\"},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[1.0,0.0],[2.0,0.0],[2.0,1.0],[1.0,0.0]]]}}]}");
        Path out = dir.resolve("out");
        var err = new ByteArrayOutputStream();
        int status = CommandLine.execute(new String[] {"run", "--config", config.toString(), "--survey",
                dir.resolve("survey.csv").toString(), "--census", dir.resolve("census.csv").toString(), "--out",
                out.toString(), "--boundaries", boundaries.toString()}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));

        String report = Files.readString(out.resolve("model-report.html"));
        assertTrue(report.contains("<td>Constante</td>") && !report.contains("(Intercept)"), "the intercept in words");
        assertTrue(report.contains("<td>Hogar en pobreza</td>"), "a covariate's label");
        assertTrue(report.contains("<td>Escolaridad del jefe de hogar: primaria</td>"), "a category's label");
        assertTrue(report.contains("<td>Escolaridad del jefe de hogar: none</td>"), "the value when no label is given");
        assertTrue(report.contains("AUC ponderada: 0,"), "decimal comma");
        assertTrue(report.contains("cortes naturales (Fisher–Jenks)") && report.contains("Cómo funciona el modelo"));
        String fiche = Files.readString(out.resolve("fiches/T00001.html"));
        assertFalse(fiche.contains("null"), "no region configured: no region row");
        assertFalse(fiche.contains("Región"), fiche);
        assertTrue(fiche.contains("Hogar en pobreza"), fiche);
        String map = Files.readString(out.resolve("map.svg"));
        assertTrue(map.contains("cortes naturales") && map.contains("sin datos") && map.contains("alto (&gt; "), map);
    }
}
