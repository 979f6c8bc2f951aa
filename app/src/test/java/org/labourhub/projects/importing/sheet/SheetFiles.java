package org.labourhub.projects.importing.sheet;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Workbooks made in the test, good and bad: as users' files arrive, never committed. */
public final class SheetFiles {

    private SheetFiles() {
    }

    /** A workbook of one sheet, "Proyectos": a header and rows "SF-n", "Proyecto número n", "PE", texts shared. */
    public static byte[] workbook(int rows) throws IOException {
        try (var book = new XSSFWorkbook(); var bytes = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("Proyectos");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("Código");
            header.createCell(1).setCellValue("Título");
            header.createCell(2).setCellValue("Países");
            for (int n = 1; n <= rows; n++) {
                var row = sheet.createRow(n);
                row.createCell(0).setCellValue("SF-" + n);
                row.createCell(1).setCellValue("Proyecto número " + n);
                row.createCell(2).setCellValue("PE");
            }
            book.write(bytes);
            return bytes.toByteArray();
        }
    }

    /** The same ZIP with one entry's text changed. */
    public static byte[] changeEntry(byte[] zip, String name, UnaryOperator<String> change) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip)); var copy = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(name)) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                copy.putNextEntry(new ZipEntry(entry.getName()));
                copy.write(content);
                copy.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** Breaks the sheet's XML from its row {@code row} (as numbered on screen) on: a reader that gets there fails. */
    public static byte[] damagedFromRow(byte[] workbook, int row) throws IOException {
        return changeEntry(workbook, "xl/worksheets/sheet1.xml",
                xml -> xml.substring(0, xml.indexOf("<row r=\"" + row + "\"")) + "<row r=\"" + row + "\"><c <<broken");
    }

    /** Breaks the shared texts' XML from text number {@code index} (from 0) on. */
    public static byte[] damagedSharedTextsFrom(byte[] workbook, int index) throws IOException {
        return changeEntry(workbook, "xl/sharedStrings.xml", xml -> {
            int at = -1;
            for (int i = 0; i <= index; i++) {
                at = xml.indexOf("<si>", at + 1);
            }
            return xml.substring(0, at) + "<si><t>&broken;";
        });
    }

    /**
     * A zip bomb's shape: the sheet holds, before row {@code row}, 20 MB of blanks (a comment) that compress to
     * almost nothing.
     */
    public static byte[] zipBombBeforeRow(byte[] workbook, int row) throws IOException {
        return changeEntry(workbook, "xl/worksheets/sheet1.xml", xml -> {
            int at = xml.indexOf("<row r=\"" + row + "\"");
            return xml.substring(0, at) + "<!--" + " ".repeat(20_000_000) + "-->" + xml.substring(at);
        });
    }

    /** The workbook protected by a password, as Excel saves it: an encrypted package in an OLE2 container. */
    public static byte[] encrypted(byte[] workbook, String password) throws Exception {
        try (var container = new POIFSFileSystem(); var bytes = new ByteArrayOutputStream()) {
            var encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (var pkg = OPCPackage.open(new ByteArrayInputStream(workbook)); var out = encryptor.getDataStream(container)) {
                pkg.save(out);
            }
            container.writeFilesystem(bytes);
            return bytes.toByteArray();
        }
    }

    /** An Excel 97-2003 workbook (.xls). */
    public static byte[] oldExcel() throws IOException {
        try (var book = new HSSFWorkbook(); var bytes = new ByteArrayOutputStream()) {
            book.createSheet("Hoja1").createRow(0).createCell(0).setCellValue("Código");
            book.write(bytes);
            return bytes.toByteArray();
        }
    }

    /** A ZIP holding these entries and texts, in order: {@code zip("mimetype", "…", "content.xml", "…")}. */
    public static byte[] zip(String... namesAndTexts) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
                zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    public static byte[] openDocument() throws IOException {
        return zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                "content.xml", "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>");
    }

    /** A Word document's package: OOXML, but no workbook. */
    public static byte[] wordDocument() throws IOException {
        return zip("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
                "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");
    }

    /** The first part of the file, as a download cut short leaves it. */
    public static byte[] cutShort(byte[] file) {
        return Arrays.copyOf(file, file.length * 2 / 3);
    }
}
