package org.labourhub.projects.sheet;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One sheet of an XLSX workbook (the first unless another is chosen), read with POI's streaming (SAX) reader:
 * rows are handed on as they are parsed. Date cells come out as YYYY-MM-DD whatever their display format.
 */
final class XlsxSheet implements Spreadsheet {

    private final Path file;
    private final int sheet;

    XlsxSheet(Path file, int sheet) {
        this.file = file;
        this.sheet = sheet;
    }

    @Override
    public List<String> header() throws IOException {
        List<String> header = new ArrayList<>();
        try {
            read(row -> {
                if (header.isEmpty()) {
                    header.addAll(row.cells());
                }
            }, true);
        } catch (HeaderRead done) {
            // only the first row was wanted
        }
        return header;
    }

    @Override
    public void rows(Consumer<SheetRow> each) throws IOException {
        read(row -> {
            if (row.number() > 1) {
                each.accept(row);
            }
        }, false);
    }

    @Override
    public String description() {
        return "XLSX";
    }

    @Override
    public List<String> sheetNames() throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            var names = new ArrayList<String>();
            var sheets = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
            while (sheets.hasNext()) {
                sheets.next().close();
                names.add(sheets.getSheetName());
            }
            return names;
        } catch (OpenXML4JException e) {
            throw new IOException("Not a readable XLSX workbook: " + e.getMessage(), e);
        }
    }

    private void read(Consumer<SheetRow> each, boolean firstOnly) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            var reader = new XSSFReader(pkg);
            var strings = new ReadOnlySharedStringsTable(pkg);
            var sheets = reader.getSheetsData();
            for (int skipped = 0; skipped < sheet && sheets.hasNext(); skipped++) {
                sheets.next().close();
            }
            if (!sheets.hasNext()) {
                if (sheet > 0) {
                    throw new IOException("The workbook has no sheet number " + (sheet + 1) + ".");
                }
                return;
            }
            try (InputStream rows = sheets.next()) {
                var parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
                        new Rows(each, firstOnly), new IsoDates(), false));
                parser.parse(new InputSource(rows));
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            if (e.getCause() instanceof HeaderRead || e instanceof SAXException s && s.getException() instanceof HeaderRead) {
                throw new HeaderRead();
            }
            throw new IOException("Not a readable XLSX workbook: " + e.getMessage(), e);
        }
    }

    /** Collects the cells of each row, filling skipped empty cells, and hands the row on. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Consumer<SheetRow> each;
        private final boolean firstOnly;
        private List<String> cells = new ArrayList<>();
        private int number;

        Rows(Consumer<SheetRow> each, boolean firstOnly) {
            this.each = each;
            this.firstOnly = firstOnly;
        }

        @Override
        public void startRow(int rowNum) {
            number = rowNum + 1;
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            each.accept(new SheetRow(number, cells));
            if (firstOnly) {
                throw new HeaderRead();
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = new org.apache.poi.ss.util.CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value);
        }
    }

    /** Formats date cells as ISO dates, other cells as Excel shows them. */
    private static final class IsoDates extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }

    /** Stops the parser once the header row is read. */
    private static final class HeaderRead extends RuntimeException {
        HeaderRead() {
            super(null, null, false, false);
        }
    }
}
