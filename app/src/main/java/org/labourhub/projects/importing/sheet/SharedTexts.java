package org.labourhub.projects.importing.sheet;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A workbook's shared strings (the texts its cells point to by number), read from their XML only as far as the cells
 * asked for so far need. The first rows of a sheet need the first few texts (Excel numbers them in the order it
 * meets them); POI's read-only table reads every one before the first row, which on a workbook of a million
 * distinct titles is most of a preview's time. Phonetic guides (rPh) are not part of a cell's text.
 */
final class SharedTexts implements SharedStrings, Closeable {

    private final List<String> texts = new ArrayList<>();
    private final InputStream in;
    private XMLStreamReader xml;
    private int count;
    private int uniqueCount;

    private SharedTexts(InputStream in) throws IOException {
        this.in = in;
        if (in == null) {
            return;
        }
        try {
            xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
            while (xml.hasNext() && xml.next() != XMLStreamConstants.START_ELEMENT) {
                // up to the root element, <sst>
            }
            count = number(xml.getAttributeValue(null, "count"));
            uniqueCount = number(xml.getAttributeValue(null, "uniqueCount"));
        } catch (XMLStreamException | IllegalStateException e) {
            close();
            throw new IOException(e);
        }
    }

    static SharedTexts of(OPCPackage workbook) throws IOException {
        var parts = workbook.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        return new SharedTexts(parts.isEmpty() ? null : parts.get(0).getInputStream());
    }

    @Override
    public RichTextString getItemAt(int index) {
        try {
            while (texts.size() <= index && readNext()) {
                // reads on to the text asked for
            }
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException(e));
        }
        if (index < 0 || index >= texts.size()) {
            throw new UncheckedIOException(new IOException("A cell refers to shared text " + index + ", which is missing"));
        }
        return new XSSFRichTextString(texts.get(index));
    }

    /** Reads the next {@code <si>} element's text; false at the end of the table. */
    private boolean readNext() throws XMLStreamException {
        if (xml == null) {
            return false;
        }
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && "si".equals(xml.getLocalName())) {
                texts.add(item());
                return true;
            }
        }
        xml.close();
        xml = null;
        return false;
    }

    private String item() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        boolean phonetic = false;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if ("rPh".equals(name)) {
                    phonetic = true;
                } else if ("t".equals(name) && !phonetic) {
                    text.append(xml.getElementText());
                    continue; // getElementText has consumed the end tag
                }
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if ("rPh".equals(xml.getLocalName())) {
                    phonetic = false;
                }
                depth--;
            }
        }
        return text.toString();
    }

    private static int number(String attribute) {
        try {
            return attribute == null ? 0 : Integer.parseInt(attribute);
        } catch (NumberFormatException nonsense) {
            return 0;
        }
    }

    @Override
    public int getCount() {
        return count;
    }

    @Override
    public int getUniqueCount() {
        return uniqueCount;
    }

    @Override
    public void close() throws IOException {
        try {
            if (xml != null) {
                xml.close();
            }
        } catch (XMLStreamException ignored) {
            // the stream below is closed next either way
        } finally {
            if (in != null) {
                in.close();
            }
        }
    }
}
