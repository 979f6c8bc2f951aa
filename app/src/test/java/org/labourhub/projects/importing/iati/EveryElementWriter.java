package org.labourhub.projects.importing.iati;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes activity files by walking the schema's declarations: every declared element once under its parent unless
 * the table says how many, every declared attribute the table gives a value for, and one extension attribute and
 * element on each activity.
 */
final class EveryElementWriter {

    private static final String[] LANGUAGES = {"en", "fr", "es", "pt"};
    static final String ACTIVITY = "iati-activity";
    static final String EXTENSION_ATTRIBUTE = ACTIVITY + "/@lh:project-code";
    static final String EXTENSION_ELEMENT = ACTIVITY + "/lh:internal-note";

    private final XMLStreamWriter xml;
    private final XsdDeclarations.Declaration root;
    private final Map<String, Integer> used = new HashMap<>();
    private ValueTable table;

    EveryElementWriter(XMLStreamWriter xml, XsdDeclarations.Declaration root) {
        this.xml = xml;
        this.root = root;
    }

    void file(int activities) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement(root.name());
        xml.writeNamespace("lh", EveryElementFile.EXTENSION_NAMESPACE);
        table = EveryElementValues.root();
        attributes(root, root.name());
        var activity = root.children().stream().filter(c -> c.name().equals(ACTIVITY)).findFirst().orElseThrow();
        for (int i = 0; i < activities; i++) {
            table = EveryElementValues.activity(i);
            used.clear();
            element(activity, ACTIVITY, 1);
        }
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeEndDocument();
    }

    private void element(XsdDeclarations.Declaration d, String path, int depth) throws XMLStreamException {
        if (d.name().equals("narrative")) {
            narratives(path, depth);
            return;
        }
        for (int i = times(path, true); i > 0; i--) {
            indent(depth);
            if (d.type() == null && !hasContent(d, path, false)) {
                hasContent(d, path, true);
                xml.writeEmptyElement(d.name());
                attributes(d, path);
                continue;
            }
            xml.writeStartElement(d.name());
            attributes(d, path);
            if (d.type() != null) {
                xml.writeCharacters(value(path));
            } else {
                for (var child : d.children()) {
                    element(child, EveryElementFile.child(path, child.name()), depth + 1);
                }
                if (path.equals(ACTIVITY) && d.open()) {
                    indent(depth + 1);
                    xml.writeStartElement("lh", "internal-note", EveryElementFile.EXTENSION_NAMESPACE);
                    xml.writeCharacters(value(EXTENSION_ELEMENT));
                    xml.writeEndElement();
                }
                indent(depth);
            }
            xml.writeEndElement();
        }
    }

    /** Whether any child will be written: looks ahead, or uses up the children's entries when told to. */
    private boolean hasContent(XsdDeclarations.Declaration d, String path, boolean useUp) {
        boolean any = false;
        for (var child : d.children()) {
            String childPath = EveryElementFile.child(path, child.name());
            any |= child.name().equals("narrative")
                    ? !take(childPath, narratives(childPath), useUp).replace("|", "").isBlank()
                    : times(childPath, useUp) > 0;
        }
        return any;
    }

    private int times(String path, boolean useUp) {
        var counts = table.counts(path);
        return counts == null ? 1 : take(path + "#", counts, useUp);
    }

    private void attributes(XsdDeclarations.Declaration d, String path) throws XMLStreamException {
        for (var a : d.attributes()) {
            String value = value(path + "/@" + a.name());
            if (value != null && a.name().startsWith("xml:")) {
                xml.writeAttribute("xml", XMLConstants.XML_NS_URI, a.name().substring(4), value);
            } else if (value != null) {
                xml.writeAttribute(a.name(), value);
            } else if (a.required()) {
                throw new IllegalStateException("No value for the required attribute " + path + "/@" + a.name());
            }
        }
        if (path.equals(ACTIVITY)) {
            xml.writeAttribute("lh", EveryElementFile.EXTENSION_NAMESPACE, "project-code", value(EXTENSION_ATTRIBUTE));
        }
    }

    private void narratives(String path, int depth) throws XMLStreamException {
        String[] parts = next(path, narratives(path)).split("\\|", -1);
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].isBlank()) {
                indent(depth);
                xml.writeStartElement("narrative");
                if (i > 0) {
                    xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", LANGUAGES[i]);
                }
                xml.writeCharacters(parts[i].strip());
                xml.writeEndElement();
            }
        }
    }

    private List<String> narratives(String path) {
        var texts = table.narratives(path);
        if (texts == null) {
            throw new IllegalStateException("No narrative for " + path);
        }
        return texts;
    }

    private String value(String path) {
        var values = table.values(path);
        if (values == null) {
            throw new IllegalStateException("No value for " + path);
        }
        return next(path, values);
    }

    private <T> T next(String key, List<T> inTurn) {
        int index = used.merge(key, 1, Integer::sum) - 1;
        return inTurn.get(index % inTurn.size());
    }

    private <T> T take(String key, List<T> inTurn, boolean useUp) {
        return useUp ? next(key, inTurn) : inTurn.get(used.getOrDefault(key, 0) % inTurn.size());
    }

    private void indent(int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
