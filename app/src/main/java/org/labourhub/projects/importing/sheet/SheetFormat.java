package org.labourhub.projects.importing.sheet;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.labourhub.projects.importing.sheet.UnreadableSheet.Reason;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Which reader an upload needs, judged from its first bytes (a name says little: Excel's "Unicode text", web pages
 * and old workbooks all arrive as .xls or .csv): an XLSX workbook, a CSV text, or a refusal saying what the file is.
 * A file named .xlsx must be a workbook; any other name may hold either.
 */
enum SheetFormat {
    XLSX, CSV;

    private static final int SAMPLE = 4096;

    static SheetFormat of(Path file) throws IOException {
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(SAMPLE);
        }
        byte[] text = withoutUtf8Mark(start);
        FileMagic magic = text.length < 8 ? FileMagic.UNKNOWN : FileMagic.valueOf(text);
        return switch (magic) {
            case OOXML -> workbook(file);
            case OLE2 -> throw new UnreadableSheet(isEncryptedWorkbook(file) ? Reason.ENCRYPTED : Reason.OLD_EXCEL);
            case BIFF2, BIFF3, BIFF4 -> throw new UnreadableSheet(Reason.OLD_EXCEL);
            case HTML -> throw new UnreadableSheet(Reason.WEB_PAGE);
            case XML -> throw new UnreadableSheet(Reason.XML);
            case UNKNOWN -> text(file, start);
            default -> throw new UnreadableSheet(Reason.NOT_TEXT);
        };
    }

    /** A ZIP file: an Excel workbook when it holds one, refused as damaged, OpenDocument or something else. */
    private static SheetFormat workbook(Path file) throws UnreadableSheet {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (isOpenDocument(zip)) {
                throw new UnreadableSheet(Reason.OPEN_DOCUMENT);
            }
            boolean workbook = zip.getEntry("[Content_Types].xml") != null
                    && zip.stream().anyMatch(entry -> entry.getName().startsWith("xl/"));
            if (!workbook) {
                throw new UnreadableSheet(Reason.NOT_A_WORKBOOK);
            }
            return XLSX;
        } catch (ZipException broken) {
            throw new UnreadableSheet(Reason.DAMAGED, 0, broken);
        } catch (UnreadableSheet refused) {
            throw refused;
        } catch (IOException unreadable) {
            throw new UnreadableSheet(Reason.DAMAGED, 0, unreadable);
        }
    }

    private static boolean isOpenDocument(ZipFile zip) throws IOException {
        var mimetype = zip.getEntry("mimetype");
        if (mimetype == null) {
            return false;
        }
        try (InputStream in = zip.getInputStream(mimetype)) {
            return new String(in.readNBytes(100), StandardCharsets.US_ASCII).contains("opendocument");
        }
    }

    /** A password-protected workbook is an OLE2 container holding the encrypted package; an old .xls holds none. */
    private static boolean isEncryptedWorkbook(Path file) {
        try (var container = new POIFSFileSystem(file.toFile(), true)) {
            return container.getRoot().hasEntry("EncryptedPackage");
        } catch (IOException | RuntimeException damaged) {
            return false;
        }
    }

    /** Text for the CSV reader, unless it is UTF-16 or binary; a text named .xlsx is refused as no workbook. */
    private static SheetFormat text(Path file, byte[] start) throws UnreadableSheet {
        if (start.length >= 2 && (start[0] == (byte) 0xFF && start[1] == (byte) 0xFE
                || start[0] == (byte) 0xFE && start[1] == (byte) 0xFF)) {
            throw new UnreadableSheet(Reason.UTF16);
        }
        int[] zeros = new int[2];
        for (int i = 0; i < start.length; i++) {
            if (start[i] == 0) {
                zeros[i % 2]++;
            }
        }
        // UTF-16 without a byte order mark: the high byte of Latin text is zero, every other byte
        if (start.length >= 16 && Math.max(zeros[0], zeros[1]) > start.length * 4 / 10 && Math.min(zeros[0], zeros[1]) < start.length / 20) {
            throw new UnreadableSheet(Reason.UTF16);
        }
        if (zeros[0] + zeros[1] > start.length / 10) {
            throw new UnreadableSheet(Reason.NOT_TEXT);
        }
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new UnreadableSheet(Reason.NOT_XLSX);
        }
        return CSV;
    }

    private static byte[] withoutUtf8Mark(byte[] start) {
        boolean marked = start.length >= 3 && start[0] == (byte) 0xEF && start[1] == (byte) 0xBB && start[2] == (byte) 0xBF;
        return marked ? Arrays.copyOfRange(start, 3, start.length) : start;
    }
}
