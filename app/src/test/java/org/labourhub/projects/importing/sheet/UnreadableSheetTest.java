package org.labourhub.projects.importing.sheet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourhub.projects.importing.sheet.UnreadableSheet.Reason;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files that are no spreadsheet, or a damaged or dangerous one, are refused with the reason a reader can act on. */
class UnreadableSheetTest {

    @TempDir
    Path folder;

    @Test
    void aZipBombIsRefusedWhereverTheReaderMeetsIt() throws Exception {
        byte[] workbook = SheetFiles.workbook(50);
        assertRefused("bomba.xlsx", SheetFiles.zipBombBeforeRow(workbook, 1), Reason.EXPANDS_TOO_MUCH);

        Path late = write("bomba-tardia.xlsx", SheetFiles.zipBombBeforeRow(workbook, 40));
        assertThat(Spreadsheet.preview(late, 0, 5).rows()).hasSize(5); // the first rows come before it
        assertThatThrownBy(() -> Spreadsheet.open(late, 0).rows(row -> { }))
                .isInstanceOfSatisfying(UnreadableSheet.class, e -> assertThat(e.reason()).isEqualTo(Reason.EXPANDS_TOO_MUCH));
    }

    @Test
    void eachKindOfWrongFileIsNamed() throws Exception {
        byte[] workbook = SheetFiles.workbook(3);
        assertRefused("texto.xlsx", "Código,Título\nA-1,Uno\n".getBytes(StandardCharsets.UTF_8), Reason.NOT_XLSX);
        assertRefused("protegido.xlsx", SheetFiles.encrypted(workbook, "secreto"), Reason.ENCRYPTED);
        assertRefused("antiguo.xls", SheetFiles.oldExcel(), Reason.OLD_EXCEL);
        assertRefused("libre.ods", SheetFiles.openDocument(), Reason.OPEN_DOCUMENT);
        assertRefused("informe.docx", SheetFiles.wordDocument(), Reason.NOT_A_WORKBOOK);
        assertRefused("cortado.xlsx", SheetFiles.cutShort(workbook), Reason.DAMAGED);
        assertRefused("informe.csv", "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1), Reason.NOT_TEXT);
        assertRefused("exportado.xls", "<html><body><table><tr><td>Código</td></tr></table></body></html>".getBytes(StandardCharsets.UTF_8), Reason.WEB_PAGE);
        assertRefused("actividades.csv", "<?xml version=\"1.0\"?><iati-activities/>".getBytes(StandardCharsets.UTF_8), Reason.XML);
        byte[] unicodeText = "\uFEFFCódigo\tTítulo\r\nA-1\tUno\r\n".getBytes(StandardCharsets.UTF_16LE);
        assertRefused("unicode.txt", unicodeText, Reason.UTF16);
        assertRefused("unicode-sin-marca.csv", "Código;Título\r\nA-1;Uno\r\n".getBytes(StandardCharsets.UTF_16LE), Reason.UTF16);
    }

    @Test
    void aSheetTheWorkbookLacksIsNamedByItsNumber() throws Exception {
        Path file = write("libro.xlsx", SheetFiles.workbook(3));
        assertThatThrownBy(() -> Spreadsheet.preview(file, 2, 5)).isInstanceOfSatisfying(UnreadableSheet.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.NO_SUCH_SHEET);
            assertThat(e.sheet()).isEqualTo(3);
            assertThat(e.code()).isEqualTo("noSuchSheet");
        });
    }

    @Test
    void aCsvWithAStrayNulByteIsStillText() throws Exception {
        Path file = write("nulo.csv", "Código;Título\r\nSH-NUL;Título con \0 nulo\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(Spreadsheet.preview(file, 0, 5).rows()).hasSize(1);
    }

    private void assertRefused(String name, byte[] content, Reason reason) throws IOException {
        Path file = write(name, content);
        assertThatThrownBy(() -> Spreadsheet.preview(file, 0, 5)).as(name)
                .isInstanceOfSatisfying(UnreadableSheet.class, e -> assertThat(e.reason()).as(name).isEqualTo(reason));
        assertThatThrownBy(() -> Spreadsheet.open(file, 0).rows(row -> { })).as(name).isInstanceOf(UnreadableSheet.class);
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content);
    }
}
