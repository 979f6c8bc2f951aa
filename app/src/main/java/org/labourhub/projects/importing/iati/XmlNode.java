package org.labourhub.projects.importing.iati;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One element of an activity as read, with where it starts in the file: its name, attributes, child elements and
 * text. An activity is read whole into these (activities are small), so that it can be checked, kept as the source
 * wrote it, validated against the schema and written back.
 */
final class XmlNode {

    /** An attribute; {@code namespace} is empty for IATI's own attributes. */
    record Attribute(String namespace, String prefix, String name, String value) {
    }

    final String namespace;
    final String prefix;
    final String name;
    final Located at;
    final List<Attribute> attributes = new ArrayList<>();
    final List<XmlNode> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    /** Whether text and elements are mixed (an extension element may do that): then it is written back as read. */
    private boolean mixed;

    private XmlNode(String namespace, String prefix, String name, Located at) {
        this.namespace = namespace == null ? "" : namespace;
        this.prefix = prefix == null ? "" : prefix;
        this.name = name;
        this.at = at;
    }

    /** What else follows the reading of an element: its start, each piece of its text, its end (see {@link SchemaStream}). */
    interface Events {
        Events NONE = new Events() {
            @Override
            public void start(XmlNode element) {
            }

            @Override
            public void text() {
            }

            @Override
            public void end(XmlNode element) {
            }
        };

        void start(XmlNode element);

        /** The text the reader stands on. */
        void text();

        void end(XmlNode element);
    }

    /** Reads the element the reader stands on, children included, leaving the reader on its end tag. */
    static XmlNode read(XMLStreamReader xml) throws XMLStreamException {
        return read(xml, Events.NONE);
    }

    static XmlNode read(XMLStreamReader xml, Events events) throws XMLStreamException {
        XmlNode node = start(xml);
        events.start(node);
        while (xml.hasNext()) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> node.children.add(read(xml, events));
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.ENTITY_REFERENCE -> {
                    // the layout between elements is no data: neither kept nor validated (a whitespace-only text
                    // reads as empty, as every text is read stripped)
                    if (!xml.isWhiteSpace()) {
                        node.text.append(xml.getText());
                        events.text();
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    node.mixed = !node.children.isEmpty() && !node.text.toString().isBlank();
                    events.end(node);
                    return node;
                }
                default -> { } // comments and processing instructions are not data
            }
        }
        return node;
    }

    /** The element the reader stands on, with its attributes but none of its content (a file's root element). */
    static XmlNode shell(XMLStreamReader xml) {
        return start(xml);
    }

    private static XmlNode start(XMLStreamReader xml) {
        var location = xml.getLocation();
        var node = new XmlNode(xml.getNamespaceURI(), xml.getPrefix(), xml.getLocalName(),
                new Located(location.getLineNumber(), location.getColumnNumber()));
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            node.attributes.add(new Attribute(xml.getAttributeNamespace(i) == null ? "" : xml.getAttributeNamespace(i),
                    xml.getAttributePrefix(i), xml.getAttributeLocalName(i), xml.getAttributeValue(i)));
        }
        return node;
    }

    /** Whether this is one of IATI's own elements (not an extension in another namespace). */
    boolean isIati() {
        return namespace.isEmpty();
    }

    /** An attribute's value, stripped; null when absent or blank. */
    String attr(String attribute) {
        return attr("", attribute);
    }

    String attr(String attributeNamespace, String attribute) {
        for (var a : attributes) {
            if (a.name().equals(attribute) && a.namespace().equals(attributeNamespace)) {
                return a.value().isBlank() ? null : a.value().strip();
            }
        }
        return null;
    }

    /** The element's language (xml:lang), or {@code otherwise}. */
    String language(String otherwise) {
        String lang = attr(XMLConstants.XML_NS_URI, "lang");
        return lang == null ? otherwise : lang;
    }

    /** The text directly inside the element, stripped. */
    String text() {
        return text.toString().strip();
    }

    /** The IATI child elements of this name, in file order. */
    Stream<XmlNode> all(String child) {
        return children.stream().filter(c -> c.isIati() && c.name.equals(child));
    }

    Optional<XmlNode> first(String child) {
        return all(child).findFirst();
    }

    /**
     * Writes the element as it was read. With {@code oneElementPerLine}, a line break goes before each child element
     * (never inside text), for a reader of the kept text.
     */
    void write(XMLStreamWriter out, boolean oneElementPerLine) throws XMLStreamException {
        if (namespace.isEmpty()) {
            out.writeStartElement(name);
        } else {
            boolean bound = namespace.equals(out.getNamespaceContext().getNamespaceURI(prefix));
            out.writeStartElement(prefix, name, namespace);
            if (!bound) {
                bind(out, prefix, namespace);
            }
        }
        for (var a : attributes) {
            attribute(out, a);
        }
        if (mixed || children.isEmpty()) {
            out.writeCharacters(mixed ? text.toString() : text());
        }
        for (var child : children) {
            if (oneElementPerLine && !mixed) {
                out.writeCharacters("\n");
            }
            child.write(out, oneElementPerLine);
        }
        out.writeEndElement();
    }

    /** Writes an attribute on the element just started, declaring its namespace there when it needs one. */
    static void attribute(XMLStreamWriter out, Attribute a) throws XMLStreamException {
        if (a.namespace().isEmpty()) {
            out.writeAttribute(a.name(), a.value());
            return;
        }
        if (!XMLConstants.XML_NS_URI.equals(a.namespace())
                && !a.namespace().equals(out.getNamespaceContext().getNamespaceURI(a.prefix()))) {
            bind(out, a.prefix(), a.namespace());
        }
        out.writeAttribute(a.prefix(), a.namespace(), a.name(), a.value());
    }

    private static void bind(XMLStreamWriter out, String prefix, String namespace) throws XMLStreamException {
        if (prefix.isEmpty()) {
            out.writeDefaultNamespace(namespace);
            out.setDefaultNamespace(namespace);
        } else {
            out.writeNamespace(prefix, namespace);
            out.setPrefix(prefix, namespace);
        }
    }
}
