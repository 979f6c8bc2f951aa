package org.labourhub.riskmaps.datasets.formats;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.labourhub.riskmaps.datasets.formats.MicrodataProblem.Kind;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One sheet of an XLSX workbook (the first, or the one named), read a row at a time with a StAX pull parser over the
 * sheet's XML, so only the shared strings and one row are in memory. The first non-empty row gives the names.
 * Numbers come as Excel stores them (a date is its serial number); empty rows are passed over.
 */
final class XlsxReader implements MicrodataReader {

    static final String FORMAT = "XLSX";

    private final String fileName;
    private final OPCPackage workbook;
    private final InputStream sheet;
    private final XMLStreamReader xml;
    private final XlsxCells cells;
    private final TextColumns columns;
    private final Row row;
    private long read;

    private XlsxReader(String fileName, OPCPackage workbook, InputStream sheet, ReadOnlySharedStringsTable strings,
                       ReadOptions options) throws IOException, XMLStreamException {
        this.fileName = fileName;
        this.workbook = workbook;
        this.sheet = sheet;
        this.xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheet);
        this.cells = new XlsxCells(xml, strings);
        List<String> header = nextCells();
        this.columns = TextColumns.of(fileName, header, options.numberColumns(), true);
        this.row = new Row(columns.variables());
    }

    static XlsxReader open(Path file, ReadOptions options) throws IOException {
        String fileName = file.getFileName().toString();
        OPCPackage workbook;
        try {
            workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception notAWorkbook) {
            throw MicrodataProblem.of(Kind.NOT_THE_FORMAT, fileName, FORMAT);
        }
        try {
            var reader = new XSSFReader(workbook);
            var strings = new ReadOnlySharedStringsTable(workbook, false);
            InputStream sheet = sheet(reader, options.sheet(), fileName);
            return new XlsxReader(fileName, workbook, sheet, strings, options);
        } catch (MicrodataProblem known) {
            workbook.revert();
            throw known;
        } catch (Exception damaged) {
            workbook.revert();
            throw MicrodataProblem.of(Kind.DAMAGED, fileName);
        }
    }

    private static InputStream sheet(XSSFReader reader, String name, String fileName) throws Exception {
        var sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (sheets.hasNext()) {
            InputStream data = sheets.next();
            if (name == null || name.equals(sheets.getSheetName())) {
                return data;
            }
            data.close();
        }
        throw name == null ? MicrodataProblem.of(Kind.NO_HEADER, fileName)
                : MicrodataProblem.of(Kind.UNKNOWN_SHEET, fileName, name);
    }

    /** The cells of the next row with any value, or null after the last. */
    private List<String> nextCells() throws IOException {
        try {
            List<String> found;
            do {
                found = cells.nextRow();
            } while (found != null && found.stream().allMatch(String::isBlank));
            return found;
        } catch (XMLStreamException | RuntimeException damaged) {
            if (damaged instanceof MicrodataProblem problem) {
                throw problem;
            }
            throw new MicrodataProblem(Kind.DAMAGED, fileName, cells.rowNumber(), 0, null);
        }
    }

    @Override
    public String fileName() {
        return fileName;
    }

    @Override
    public List<Variable> variables() {
        return columns.variables();
    }

    @Override
    public Row next() throws IOException {
        List<String> found = nextCells();
        if (found == null) {
            return null;
        }
        int width = columns.variables().size();
        if (found.size() > width && !found.subList(width, found.size()).stream().allMatch(String::isBlank)) {
            throw new MicrodataProblem(Kind.FIELD_COUNT, fileName, cells.rowNumber(), 0, null, found.size(), width);
        }
        row.start(++read);
        columns.fill(row, found, cells.rowNumber());
        return row;
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException ignored) {
            // the sheet's stream is closed below either way
        }
        sheet.close();
        workbook.revert(); // opened read-only: close() would try to save it
    }

    /** The rows of a sheet's XML: {@code <row r="2"><c r="B2" t="s"><v>3</v></c>…</row>}. */
    private static final class XlsxCells {
        private final XMLStreamReader xml;
        private final ReadOnlySharedStringsTable strings;
        private long rowNumber;

        XlsxCells(XMLStreamReader xml, ReadOnlySharedStringsTable strings) {
            this.xml = xml;
            this.strings = strings;
        }

        long rowNumber() {
            return rowNumber;
        }

        List<String> nextRow() throws XMLStreamException {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
                    String r = xml.getAttributeValue(null, "r");
                    rowNumber = r == null ? rowNumber + 1 : Long.parseLong(r);
                    return cells();
                }
            }
            return null;
        }

        private List<String> cells() throws XMLStreamException {
            var cells = new ArrayList<String>();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                    return cells;
                }
                if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
                    int column = column(xml.getAttributeValue(null, "r"), cells.size());
                    String type = xml.getAttributeValue(null, "t");
                    String value = value(type);
                    while (cells.size() < column) {
                        cells.add("");
                    }
                    cells.add(value);
                }
            }
            return cells;
        }

        /** The cell's value as text; reads up to the cell's end. */
        private String value(String type) throws XMLStreamException {
            var text = new StringBuilder();
            boolean inValue = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    inValue = name.equals("v") || name.equals("t");
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (xml.getLocalName().equals("c")) {
                        break;
                    }
                    inValue = false;
                } else if (inValue && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                    text.append(xml.getText());
                }
            }
            String raw = text.toString();
            if ("s".equals(type)) {
                return raw.isEmpty() ? "" : strings.getItemAt(Integer.parseInt(raw.strip())).getString();
            }
            if (type == null || type.equals("n")) {
                double number = NumberText.parse(raw);
                return Double.isNaN(number) ? raw : NumberText.format(number);
            }
            return raw;
        }

        /** "C12" is column 2 (from 0); without a reference, the next column. */
        private static int column(String reference, int next) {
            if (reference == null) {
                return next;
            }
            int column = 0;
            for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
                column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
            }
            return column - 1;
        }
    }
}
