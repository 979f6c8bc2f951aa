package org.labourhub.riskmaps.datasets.formats;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourhub.riskmaps.datasets.formats.MicrodataProblem.Kind;
import org.labourhub.riskmaps.datasets.formats.Row.Missing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Workbooks written with POI, read back through the streaming reader. */
class XlsxReaderTest {

    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void writeWorkbook() throws IOException {
        file = dir.resolve("survey.xlsx");
        try (var workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var notes = workbook.createSheet("Notas");
            notes.createRow(0).createCell(0).setCellValue("solo una nota");
            var data = workbook.createSheet("Datos");
            var header = data.createRow(0);
            header.createCell(0).setCellValue("id");
            header.createCell(1).setCellValue("peso");
            header.createCell(2).setCellValue("región");
            for (int i = 1; i <= 1500; i++) {
                var row = data.createRow(i);
                row.createCell(0).setCellValue(i);
                if (i % 100 != 0) {
                    row.createCell(1).setCellValue(i * 0.1);
                }
                row.createCell(2).setCellValue(i % 2 == 0 ? "Cusco" : "Piura");
            }
            data.createRow(1501).createCell(1).setCellValue("no sabe");
            workbook.write(out);
        }
    }

    @Test
    void theNamedSheetGivesItsRowsWithNumbersAndMissingCells() throws IOException {
        var options = ReadOptions.DEFAULTS.withSheet("Datos").withNumberColumns(Set.of("id", "peso"));
        try (MicrodataReader reader = MicrodataFormat.open(file, options)) {
            assertThat(reader.variables()).extracting(Variable::name).containsExactly("id", "peso", "región");
            Row row = reader.next();
            assertThat(row.number(0)).isEqualTo(1.0);
            assertThat(row.number(1)).isEqualTo(0.1);
            assertThat(row.text(2)).isEqualTo("Piura");
            for (int i = 2; i <= 100; i++) {
                row = reader.next();
            }
            assertThat(row.index()).isEqualTo(100);
            assertThat(row.missing(1)).isEqualTo(Missing.SYSTEM);
            var problem = catchThrowableOfType(() -> {
                while (reader.next() != null) {
                    // read on to the last line
                }
            }, MicrodataProblem.class);
            assertThat(problem.kind()).isEqualTo(Kind.NOT_A_NUMBER);
            assertThat(problem.line()).isEqualTo(1502);
            assertThat(problem.column()).isEqualTo(2);
            assertThat(problem.args()).containsExactly("no sabe");
        }
    }

    @Test
    void withoutAChoiceTheFirstSheetIsRead() throws IOException {
        try (MicrodataReader reader = MicrodataFormat.open(file, ReadOptions.DEFAULTS)) {
            assertThat(reader.variables()).extracting(Variable::name).containsExactly("solo una nota");
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void aSheetTheWorkbookLacksIsAProblemNamingIt() {
        var problem = catchThrowableOfType(() -> MicrodataFormat.open(file, ReadOptions.DEFAULTS.withSheet("Hoja9")),
                MicrodataProblem.class);
        assertThat(problem.kind()).isEqualTo(Kind.UNKNOWN_SHEET);
        assertThat(problem.args()).containsExactly("Hoja9");
    }

    @Test
    void aTextFileNamedXlsxIsNotAWorkbook() throws IOException {
        Path text = dir.resolve("fake.xlsx");
        Files.writeString(text, "id,name\n1,Ana\n");
        var problem = catchThrowableOfType(() -> MicrodataFormat.open(text, ReadOptions.DEFAULTS),
                MicrodataProblem.class);
        assertThat(problem.kind()).isEqualTo(Kind.NOT_THE_FORMAT);
        assertThat(problem.args()).containsExactly("XLSX");
    }
}
