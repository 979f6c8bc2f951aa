package org.labourhub.risk.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvFileTest {

    @TempDir
    Path dir;

    private List<String> readAll(Path file, int field, int blockBytes) {
        var csv = new CsvFile(file, blockBytes);
        var values = new ArrayList<String>();
        csv.forEachBlock(2, (lines, offset) -> {
            var part = new ArrayList<String>();
            while (lines.next()) {
                part.add(lines.text(field, csv.format().charset()) + "|" + lines.number(1));
            }
            return part;
        }, values::addAll);
        return values;
    }

    @Test
    void readsWindows1252SemicolonsDecimalCommasAndQuotes() throws Exception {
        Path file = dir.resolve("w.csv");
        Files.write(file, "municipio;tasa\r\n\"Peñalolén; sur\";0,25\r\nSão Tomé;\"1,5\"\r\n\r\n\"dit \"\"x\"\"\";-3\r\n"
                .getBytes(Charset.forName("windows-1252")));
        var csv = new CsvFile(file);
        assertEquals("windows-1252", csv.format().charset().name());
        assertEquals(';', csv.format().delimiter());
        assertEquals(List.of("municipio", "tasa"), csv.header());
        assertEquals(List.of("Peñalolén; sur|0.25", "São Tomé|1.5", "dit \"x\"|-3.0"), readAll(file, 0, 1 << 20));
    }

    @Test
    void readsUtf8WithBomAndKeepsOrderAcrossManyBlocks() throws Exception {
        Path file = dir.resolve("u.csv");
        var text = new StringBuilder("\uFEFFcode,value\n");
        var expected = new ArrayList<String>();
        for (int i = 0; i < 5000; i++) {
            text.append("Añasco").append(i).append(',').append(i).append(".5\n");
            expected.add("Añasco" + i + "|" + i + ".5");
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
        assertEquals("UTF-8", new CsvFile(file).format().charset().name());
        assertEquals(List.of("code", "value"), new CsvFile(file).header());
        assertEquals(expected, readAll(file, 0, 1000));
    }

    @Test
    void parsesNumbersExactly() {
        byte[] text = "0.1 123456.789 -2.5e-3 1e400x 12,5".getBytes(StandardCharsets.US_ASCII);
        assertEquals(0.1, Numbers.parse(text, 0, 3, false));
        assertEquals(123456.789, Numbers.parse(text, 4, 14, false));
        assertEquals(-2.5e-3, Numbers.parse(text, 15, 22, false));
        assertEquals(Double.NaN, Numbers.parse(text, 23, 29, false));
        assertEquals(12.5, Numbers.parse(text, 30, 34, true));
    }
}
