package org.labourhub.projects.iati;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads an IATI 2.03 file one activity at a time (StAX), so a file of any size is read in constant memory. The
 * parser refuses DTDs and external entities: a file with a DOCTYPE is rejected before anything is read from it.
 */
public final class IatiActivityReader implements AutoCloseable {

    private static final XMLInputFactory FACTORY = safeFactory();

    private final XMLStreamReader xml;
    private String fileLanguage = "en";

    public IatiActivityReader(InputStream in) throws XMLStreamException {
        this.xml = FACTORY.createXMLStreamReader(in);
    }

    static XMLInputFactory safeFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** The next activity, checked and converted; empty at the end of the file. */
    public Optional<IatiActivity> next() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw new RefusedFile(here(), "doctype");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "iati-activities" -> fileLanguage = attr(XMLConstants.XML_NS_URI, "lang", "en");
                    case "iati-activity" -> {
                        ActivityDraft draft = readActivity();
                        return Optional.of(new ActivityChecker(draft).check());
                    }
                    default -> throw new RefusedFile(here(), "notIati", xml.getLocalName());
                }
            }
        }
        return Optional.empty();
    }

    private ActivityDraft readActivity() throws XMLStreamException {
        var draft = new ActivityDraft();
        draft.at = here();
        draft.language = attr(XMLConstants.XML_NS_URI, "lang", fileLanguage);
        draft.defaultCurrency = attr(null, "default-currency", null);
        draft.lastUpdated = attr(null, "last-updated-datetime", null);
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return draft;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                new ActivityElements(this, draft).read(xml.getLocalName());
            }
        }
        return draft;
    }

    Located here() {
        var location = xml.getLocation();
        return new Located(location.getLineNumber(), location.getColumnNumber());
    }

    String attr(String namespace, String name, String otherwise) {
        String value = xml.getAttributeValue(namespace, name);
        return value == null || value.isBlank() ? otherwise : value.strip();
    }

    String attr(String name) {
        return attr(null, name, null);
    }

    XMLStreamReader xml() {
        return xml;
    }

    /** The narratives inside the current element, by language, read up to its end tag. */
    ActivityDraft.Narratives narratives(String defaultLanguage) throws XMLStreamException {
        var narratives = new ActivityDraft.Narratives();
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (xml.getLocalName().equals("narrative")) {
                    String language = attr(XMLConstants.XML_NS_URI, "lang", defaultLanguage).toLowerCase(java.util.Locale.ROOT);
                    narratives.merge(language, xml.getElementText().strip(), (a, b) -> a + "\n" + b);
                } else {
                    depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return narratives;
    }

    /** Skips the rest of the current element, children included. */
    void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** Reads the children of the current element, handing each start tag to {@code child}, up to its end tag. */
    void children(ChildReader child) throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                child.read(xml.getLocalName());
            }
        }
    }

    interface ChildReader {
        void read(String name) throws XMLStreamException;
    }

    String language() {
        return fileLanguage;
    }

    @Override
    public void close() throws XMLStreamException {
        xml.close();
    }

    /** Reads every activity of a file; for tests and small files. */
    public static List<IatiActivity> readAll(InputStream in) throws XMLStreamException {
        var all = new ArrayList<IatiActivity>();
        try (var reader = new IatiActivityReader(in)) {
            for (var next = reader.next(); next.isPresent(); next = reader.next()) {
                all.add(next.get());
            }
        }
        return all;
    }
}
