package org.labourhub.projects.importing.iati;

import org.xml.sax.ErrorHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.AttributesImpl;

import javax.xml.stream.XMLStreamReader;
import javax.xml.validation.ValidatorHandler;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Validates a file against the 2.03 schema while it is read: the reader hands each element, its text and its end to
 * the JDK's validator as it meets them, so the file is parsed once. Each violation is put on the element being read
 * when the validator found it, at that element's line and column in the file.
 */
final class SchemaStream implements XmlNode.Events {

    /** A violation and the element it concerns. */
    record Found(XmlNode element, String message) {
    }

    private final XMLStreamReader xml;
    private final ValidatorHandler validator = ActivitySchema.validatorHandler();
    private final Deque<XmlNode> open = new ArrayDeque<>();
    private final List<Found> found = new ArrayList<>();
    private final AttributesImpl attributes = new AttributesImpl();

    SchemaStream(XMLStreamReader xml) {
        this.xml = xml;
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                found.add(new Found(open.peek(), e.getMessage()));
            }

            @Override
            public void fatalError(SAXParseException e) {
                found.add(new Found(open.peek(), e.getMessage()));
            }
        });
        validator.setDocumentLocator(new Here());
        call(validator::startDocument);
    }

    @Override
    public void start(XmlNode element) {
        open.push(element);
        for (int i = 0; i < xml.getNamespaceCount(); i++) {
            String prefix = xml.getNamespacePrefix(i) == null ? "" : xml.getNamespacePrefix(i);
            String uri = xml.getNamespaceURI(i);
            call(() -> validator.startPrefixMapping(prefix, uri));
        }
        attributes.clear();
        for (var a : element.attributes) {
            attributes.addAttribute(a.namespace(), a.name(), qualified(a.prefix(), a.name()), "CDATA", a.value());
        }
        call(() -> validator.startElement(element.namespace, element.name, qualified(element.prefix, element.name), attributes));
    }

    @Override
    public void text() {
        char[] characters = xml.getTextCharacters();
        int start = xml.getTextStart();
        int length = xml.getTextLength();
        call(() -> validator.characters(characters, start, length));
    }

    @Override
    public void end(XmlNode element) {
        call(() -> validator.endElement(element.namespace, element.name, qualified(element.prefix, element.name)));
        for (int i = 0; i < xml.getNamespaceCount(); i++) {
            String prefix = xml.getNamespacePrefix(i) == null ? "" : xml.getNamespacePrefix(i);
            call(() -> validator.endPrefixMapping(prefix));
        }
        open.pop();
    }

    void endDocument() {
        call(validator::endDocument);
    }

    /** The violations found since the last call. */
    List<Found> take() {
        var taken = List.copyOf(found);
        found.clear();
        return taken;
    }

    private static String qualified(String prefix, String name) {
        return prefix == null || prefix.isEmpty() ? name : prefix + ":" + name;
    }

    private interface Call {
        void run() throws SAXException;
    }

    private void call(Call call) {
        try {
            call.run();
        } catch (SAXException reported) {
            // the error handler has it; the validator goes on with the next element
        }
    }

    /** Where the reader is: the validator asks when it reports. */
    private final class Here implements Locator {
        @Override
        public String getPublicId() {
            return null;
        }

        @Override
        public String getSystemId() {
            return null;
        }

        @Override
        public int getLineNumber() {
            return xml.getLocation().getLineNumber();
        }

        @Override
        public int getColumnNumber() {
            return xml.getLocation().getColumnNumber();
        }
    }
}
