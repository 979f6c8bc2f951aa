package org.labourhub.projects.importing.sheet;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.labourhub.projects.importing.sheet.UnreadableSheet.Reason;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One sheet of an XLSX workbook (the first unless another is chosen), read with POI's streaming (SAX) reader:
 * rows are handed on as they are parsed, and parsing stops as soon as enough rows are read, so the header or a
 * preview of a million-row sheet costs its first rows only. Date cells come out as YYYY-MM-DD whatever their
 * display format. The first row read is the header.
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
        var first = new ArrayList<SheetRow>(1);
        read(first::add, 1);
        return first.isEmpty() ? List.of() : first.get(0).cells();
    }

    @Override
    public void rows(Consumer<SheetRow> each) throws IOException {
        var afterHeader = new Consumer<SheetRow>() {
            boolean header = true;

            @Override
            public void accept(SheetRow row) {
                if (header) {
                    header = false;
                } else {
                    each.accept(row);
                }
            }
        };
        read(afterHeader, Long.MAX_VALUE);
    }

    @Override
    public SheetPreview preview(int rows) throws IOException {
        var read = new ArrayList<SheetRow>(rows + 1);
        List<String> names = read(read::add, rows + 1L);
        return new SheetPreview(names, read.isEmpty() ? List.of() : read.get(0).cells(),
                read.size() < 2 ? List.of() : read.subList(1, read.size()), description());
    }

    @Override
    public String description() {
        return "XLSX";
    }

    @Override
    public List<String> sheetNames() throws IOException {
        return read(row -> { }, 0);
    }

    /**
     * Hands the chosen sheet's first {@code limit} rows to {@code each} (none for 0: the sheet is not parsed) and
     * returns the names of the workbook's sheets.
     */
    private List<String> read(Consumer<SheetRow> each, long limit) throws IOException {
        OPCPackage workbook = null;
        try {
            workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
            var reader = new XSSFReader(workbook);
            var sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            var names = new ArrayList<String>();
            InputStream chosen = null;
            while (sheets.hasNext()) {
                InputStream data = sheets.next();
                if (names.size() == sheet) {
                    chosen = data;
                } else {
                    data.close();
                }
                names.add(sheets.getSheetName());
            }
            if (chosen == null && sheet > 0) {
                throw new UnreadableSheet(Reason.NO_SUCH_SHEET, sheet + 1, null);
            }
            if (chosen != null) {
                try (InputStream rows = chosen; SharedTexts texts = limit > 0 ? SharedTexts.of(workbook) : null) {
                    if (limit > 0) {
                        parse(rows, reader, texts, new Rows(each, limit));
                    }
                }
            }
            return names;
        } catch (RowHandlerFailed failed) {
            throw failed.getCause();
        } catch (UnreadableSheet known) {
            throw known;
        } catch (Exception library) {
            throw UnreadableSheet.of(library);
        } finally {
            if (workbook != null) {
                workbook.revert(); // read-only: close() would try to save it
            }
        }
    }

    private static void parse(InputStream rows, XSSFReader reader, SharedTexts texts, Rows handler) throws Exception {
        var parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, texts, handler,
                new IsoDates(), false));
        try {
            parser.parse(new InputSource(rows));
        } catch (Enough stop) {
            // the rows asked for are read; the rest of the sheet is left unparsed
        } catch (SAXException wrapped) {
            if (wrapped.getException() instanceof RowHandlerFailed failed) {
                throw failed;
            }
            if (!(wrapped.getException() instanceof Enough)) {
                throw wrapped;
            }
        }
    }

    /** Collects the cells of each row, filling skipped empty cells, hands the row on and stops after the last wanted. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Consumer<SheetRow> each;
        private final long limit;
        private long handed;
        private List<String> cells = new ArrayList<>();
        private int number;

        Rows(Consumer<SheetRow> each, long limit) {
            this.each = each;
            this.limit = limit;
        }

        @Override
        public void startRow(int rowNum) {
            number = rowNum + 1;
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            try {
                each.accept(new SheetRow(number, cells));
            } catch (RuntimeException failed) {
                throw new RowHandlerFailed(failed);
            }
            if (++handed >= limit) {
                throw new Enough();
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = new CellReference(reference).getCol();
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

    /** Stops the parser once enough rows are read. */
    private static final class Enough extends RuntimeException {
        Enough() {
            super(null, null, false, false);
        }
    }

    /** A failure of whoever the rows are handed to (the import's own), kept apart from the file's failures. */
    private static final class RowHandlerFailed extends RuntimeException {
        RowHandlerFailed(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }
}
