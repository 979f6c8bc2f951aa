package org.labourhub.projects;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one file in IATI's codelist XML format: {@code codelist/codelist-items/codelist-item} with its {@code code},
 * {@code name/narrative} (one per language, {@code xml:lang} defaulting to the list's), {@code category}, and
 * {@code status="withdrawn"} or a {@code withdrawal-date}. Descriptions and metadata are not kept.
 */
final class CodelistXml {

    private static final int ITEM_DEPTH = 3;

    private final XMLStreamReader xml;
    private String listLanguage = "en";
    private final ArrayList<Codelist.Item> items = new ArrayList<>();
    private String code;
    private String category;
    private boolean withdrawn;
    private Map<String, String> names;
    private boolean inName;

    private CodelistXml(XMLStreamReader xml) {
        this.xml = xml;
    }

    /** The codelist in {@code in}; {@code fileName} names it when the root element has no {@code name}. */
    static Codelist read(InputStream in, String fileName) throws XMLStreamException {
        var xml = SafeXml.inputFactory().createXMLStreamReader(in);
        try {
            return new CodelistXml(xml).read(fileName);
        } finally {
            xml.close();
        }
    }

    private Codelist read(String fileName) throws XMLStreamException {
        String listName = fileName;
        int depth = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (depth == 1) {
                    listName = attribute(null, "name", fileName);
                    listLanguage = language(attribute(XMLConstants.XML_NS_URI, "lang", "en"));
                } else if (startsPartOfItem(depth)) {
                    depth--; // the element's text was read up to its end
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                endPartOfItem(depth);
                depth--;
            }
        }
        return new Codelist(listName, items);
    }

    /** Takes in an element at {@code depth}; true when it read the element through to its end. */
    private boolean startsPartOfItem(int depth) throws XMLStreamException {
        var local = xml.getLocalName();
        if (depth == ITEM_DEPTH && local.equals("codelist-item")) {
            code = null;
            category = null;
            names = new LinkedHashMap<>();
            withdrawn = "withdrawn".equals(attribute(null, "status", null)) || attribute(null, "withdrawal-date", null) != null;
            return false;
        }
        if (names == null) {
            return false;
        }
        if (depth == ITEM_DEPTH + 1) {
            switch (local) {
                case "code" -> {
                    code = text();
                    return true;
                }
                case "category" -> {
                    category = text();
                    return true;
                }
                case "name" -> inName = true;
                default -> {
                }
            }
            return false;
        }
        if (depth == ITEM_DEPTH + 2 && inName && local.equals("narrative")) {
            var language = language(attribute(XMLConstants.XML_NS_URI, "lang", listLanguage));
            var name = text();
            if (name != null) {
                names.putIfAbsent(language, name);
            }
            return true;
        }
        return false;
    }

    private void endPartOfItem(int depth) {
        if (depth == ITEM_DEPTH + 1 && inName) {
            inName = false;
        } else if (depth == ITEM_DEPTH && names != null) {
            if (code != null) {
                items.add(new Codelist.Item(code, Collections.unmodifiableMap(names), withdrawn, category));
            }
            names = null;
        }
    }

    /** The element's text with its spacing tidied; null when blank. */
    private String text() throws XMLStreamException {
        var text = xml.getElementText().strip().replaceAll("\\s+", " ");
        return text.isEmpty() ? null : text;
    }

    private String attribute(String namespace, String local, String otherwise) {
        var value = xml.getAttributeValue(namespace, local);
        return value == null || value.isBlank() ? otherwise : value.strip();
    }

    private static String language(String tag) {
        var language = Locale.forLanguageTag(tag).getLanguage();
        return language.isEmpty() ? tag.toLowerCase(Locale.ROOT) : language;
    }
}
