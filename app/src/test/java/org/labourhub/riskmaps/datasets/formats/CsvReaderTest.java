package org.labourhub.riskmaps.datasets.formats;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.labourhub.riskmaps.datasets.formats.MicrodataProblem.Kind;
import org.labourhub.riskmaps.datasets.formats.Row.Missing;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Delimited text files as people export them from Excel, LibreOffice, Stata and statistics offices' sites. */
class CsvReaderTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {",", ";", "\t", "|"})
    void theSeparatorIsFoundFromTheHeader(String separator) throws IOException {
        Path file = write("data.csv", String.join(separator, "province", "age", "name") + "\r\n"
                + String.join(separator, "PE-LIM", "12", "\"Ana " + separator + " Luz\"") + "\r\n", StandardCharsets.UTF_8);
        List<List<String>> rows = rows(file, ReadOptions.DEFAULTS);
        assertThat(rows).containsExactly(List.of("PE-LIM", "12", "Ana " + separator + " Luz"));
    }

    @Test
    void quotedFieldsHoldLineBreaksAndDoubledQuotes() throws IOException {
        Path file = write("data.csv", "id,comment\n1,\"said \"\"no\"\"\nthen left\"\n2,plain\n", StandardCharsets.UTF_8);
        assertThat(rows(file, ReadOptions.DEFAULTS))
                .containsExactly(List.of("1", "said \"no\"\nthen left"), List.of("2", "plain"));
    }

    @Test
    void utf8WithAByteOrderMarkKeepsTheFirstNameClean() throws IOException {
        byte[] text = "región;edad\nCusco;9\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Path file = dir.resolve("bom.csv");
        Files.write(file, withBom);
        try (MicrodataReader reader = MicrodataFormat.open(file, ReadOptions.DEFAULTS)) {
            assertThat(reader.variables().get(0).name()).isEqualTo("región");
        }
    }

    @Test
    void windows1252IsRecognisedWhenTheBytesAreNotUtf8() throws IOException {
        Path file = write("excel.csv", "nombre;año\nPeña;2019\n", WINDOWS_1252);
        try (MicrodataReader reader = MicrodataFormat.open(file, ReadOptions.DEFAULTS)) {
            assertThat(reader.variables().get(1).name()).isEqualTo("año");
            assertThat(reader.next().text(0)).isEqualTo("Peña");
        }
    }

    @Test
    void aDeclaredUtf8FileWithOtherBytesIsAProblemAtItsLine() throws IOException {
        Path file = write("excel.csv", "name,year\nAna,2019\nPeña,2020\n", WINDOWS_1252);
        var problem = catchThrowableOfType(() -> rows(file, ReadOptions.DEFAULTS.withEncoding(StandardCharsets.UTF_8)),
                MicrodataProblem.class);
        assertThat(problem.kind()).isEqualTo(Kind.UNDECODABLE);
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.args()).containsExactly("UTF-8");
    }

    @Test
    void numberColumnsReadNumbersAndLeaveEmptyCellsMissing() throws IOException {
        Path file = write("data.csv", "id;weight;name\n1;2,5;Ana\n2;;\n3;1e3;Luz\n", StandardCharsets.UTF_8);
        var options = ReadOptions.DEFAULTS.withNumberColumns(Set.of("id", "weight"));
        try (MicrodataReader reader = MicrodataFormat.open(file, options)) {
            Row row = reader.next();
            assertThat(row.number(1)).isEqualTo(2.5);
            row = reader.next();
            assertThat(row.missing(1)).isEqualTo(Missing.SYSTEM);
            assertThat(row.missing(2)).isEqualTo(Missing.SYSTEM);
            assertThat(reader.next().number(1)).isEqualTo(1000.0);
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void textInANumberColumnIsAProblemAtItsLineAndColumn() throws IOException {
        Path file = write("data.csv", "id,weight\n1,2.5\n2,n/a\n", StandardCharsets.UTF_8);
        var options = ReadOptions.DEFAULTS.withNumberColumns(Set.of("weight"));
        var problem = catchThrowableOfType(() -> rows(file, options), MicrodataProblem.class);
        assertThat(problem.key()).isEqualTo("riskmaps.formats.notANumber");
        assertThat(problem.args()).containsExactly("n/a");
        assertThat(problem.file()).isEqualTo("data.csv");
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.column()).isEqualTo(2);
        assertThat(problem.variable()).isEqualTo("weight");
    }

    @Test
    void aLineWithTooFewFieldsIsAProblemAtItsLine() throws IOException {
        Path file = write("data.csv", "a,b,c\n1,2,3\n\n4,5\n", StandardCharsets.UTF_8);
        var problem = catchThrowableOfType(() -> rows(file, ReadOptions.DEFAULTS), MicrodataProblem.class);
        assertThat(problem.kind()).isEqualTo(Kind.FIELD_COUNT);
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.args()).containsExactly("2", "3");
    }

    @Test
    void aHeaderWithTheSameNameTwiceIsAProblem() throws IOException {
        Path file = write("data.csv", "a,b,a\n1,2,3\n", StandardCharsets.UTF_8);
        var problem = catchThrowableOfType(() -> rows(file, ReadOptions.DEFAULTS), MicrodataProblem.class);
        assertThat(problem.kind()).isEqualTo(Kind.DUPLICATE_NAME);
        assertThat(problem.column()).isEqualTo(3);
    }

    @Test
    void anUnclosedQuoteIsAProblemWhereItOpens() throws IOException {
        Path file = write("data.csv", "a,b\n1,2\n3,\"open\n4,5\n", StandardCharsets.UTF_8);
        var problem = catchThrowableOfType(() -> rows(file, ReadOptions.DEFAULTS), MicrodataProblem.class);
        assertThat(problem.kind()).isEqualTo(Kind.UNCLOSED_QUOTE);
        assertThat(problem.line()).isEqualTo(3);
    }

    @Test
    void theEngineCsvWritesNumbersWithoutExponentAndIntegersAsIntegers() throws IOException {
        Path file = write("data.csv", "id;weight;name\n1;0,0000001;\"Ana, Luz\"\n2;1234567890123;\n",
                StandardCharsets.UTF_8);
        var out = new StringWriter();
        try (MicrodataReader reader = MicrodataFormat.open(file,
                ReadOptions.DEFAULTS.withNumberColumns(Set.of("id", "weight")))) {
            EngineCsv.write(reader, List.of("name", "weight"), out);
        }
        assertThat(out.toString()).isEqualTo("name,weight\r\n\"Ana, Luz\",0.0000001\r\n,1234567890123\r\n");
    }

    private Path write(String name, String text, Charset charset) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, charset);
        return file;
    }

    private static List<List<String>> rows(Path file, ReadOptions options) throws IOException {
        var rows = new ArrayList<List<String>>();
        try (MicrodataReader reader = MicrodataFormat.open(file, options)) {
            for (Row row = reader.next(); row != null; row = reader.next()) {
                var cells = new ArrayList<String>();
                for (int c = 0; c < row.size(); c++) {
                    cells.add(row.valueText(c));
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
