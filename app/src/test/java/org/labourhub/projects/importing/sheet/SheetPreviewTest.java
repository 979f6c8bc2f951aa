package org.labourhub.projects.importing.sheet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The preview of a large sheet reads its first rows and stops: shown by files damaged after their first rows (and
 * after their first shared texts), which a preview reads without error while a whole read fails.
 */
class SheetPreviewTest {

    @TempDir
    Path folder;

    @Test
    void theXlsxPreviewStopsAfterItsRowsAndTheSharedTextsTheyNeed() throws Exception {
        byte[] workbook = SheetFiles.workbook(5_000);
        Path sheetBroken = write("filas.xlsx", SheetFiles.damagedFromRow(workbook, 100));
        Path textsBroken = write("textos.xlsx", SheetFiles.damagedSharedTextsFrom(workbook, 300));

        for (Path file : new Path[] {sheetBroken, textsBroken}) {
            SheetPreview preview = Spreadsheet.preview(file, 0, 5);
            assertThat(preview.sheetNames()).containsExactly("Proyectos");
            assertThat(preview.header()).containsExactly("Código", "Título", "Países");
            assertThat(preview.rows()).extracting(SheetRow::number).containsExactly(2, 3, 4, 5, 6);
            assertThat(preview.rows().get(4).cells()).containsExactly("SF-5", "Proyecto número 5", "PE");
            assertThat(Spreadsheet.open(file, 0).header()).containsExactly("Código", "Título", "Países");

            var handed = new ArrayList<SheetRow>();
            assertThatThrownBy(() -> Spreadsheet.open(file, 0).rows(handed::add))
                    .isInstanceOfSatisfying(UnreadableSheet.class, e -> assertThat(e.reason()).isEqualTo(UnreadableSheet.Reason.DAMAGED));
            assertThat(handed).as("rows read before the damage").hasSizeGreaterThan(90);
        }
    }

    @Test
    void aWholeReadHandsOnEveryRowAfterTheHeader() throws Exception {
        var handed = new ArrayList<SheetRow>();
        Spreadsheet.open(write("todo.xlsx", SheetFiles.workbook(1_000)), 0).rows(handed::add);
        assertThat(handed).hasSize(1_000);
        assertThat(handed.get(999).cells()).containsExactly("SF-1000", "Proyecto número 1000", "PE");
    }

    @Test
    void theCsvPreviewJudgesTheEncodingFromTheStartOnlyWhileTheImportReadsItAll() throws Exception {
        Path file = folder.resolve("largo.csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("Código;Título\r\n".getBytes(StandardCharsets.UTF_8));
            for (int n = 1; n <= 60_000; n++) {
                out.write(("CSV-" + n + ";Proyecto número " + n + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            out.write("CSV-LAST;Año\r\n".getBytes(CsvSheet.WINDOWS_1252)); // a Windows-1252 byte past the first megabyte
        }
        assertThat(Files.size(file)).isGreaterThan(1 << 20);

        SheetPreview preview = Spreadsheet.preview(file, 0, 5);
        assertThat(preview.description()).isEqualTo("CSV, UTF-8, ;");
        assertThat(preview.header()).containsExactly("Código", "Título");
        assertThat(preview.rows()).extracting(SheetRow::number).containsExactly(2, 3, 4, 5, 6);
        assertThat(preview.rows().get(0).cells()).containsExactly("CSV-1", "Proyecto número 1");
        assertThat(Spreadsheet.open(file, 0).description()).isEqualTo("CSV, Windows-1252, ;");
    }

    @Test
    void aPreviewOfAShortFileShowsWhatThereIs() throws Exception {
        SheetPreview csv = Spreadsheet.preview(write("corto.csv", "Código,Título\nA-1,Uno\n".getBytes(StandardCharsets.UTF_8)), 0, 5);
        assertThat(csv.rows()).hasSize(1);
        SheetPreview xlsx = Spreadsheet.preview(write("corto.xlsx", SheetFiles.workbook(2)), 0, 5);
        assertThat(xlsx.rows()).hasSize(2);
        SheetPreview headerOnly = Spreadsheet.preview(write("cabecera.xlsx", SheetFiles.workbook(0)), 0, 5);
        assertThat(headerOnly.header()).hasSize(3);
        assertThat(headerOnly.rows()).isEmpty();
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content);
    }
}
