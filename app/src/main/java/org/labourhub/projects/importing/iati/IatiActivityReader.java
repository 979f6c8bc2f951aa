package org.labourhub.projects.importing.iati;

import org.labourhub.projects.ImportProblem;
import org.labourhub.projects.SafeXml;

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
 * Reads an IATI 2.03 file one activity at a time (StAX), so a file of any size is read in constant memory: each
 * activity is read whole, kept as text, validated against the schema and checked against the standard's rules. The
 * parser refuses DTDs and external entities: a file with a DOCTYPE is rejected before anything is read from it.
 */
public final class IatiActivityReader implements AutoCloseable {

    private static final XMLInputFactory FACTORY = SafeXml.inputFactory();

    private final XMLStreamReader xml;
    private XmlNode root;
    private SchemaStream schema;
    private final List<ImportProblem> fileProblems = new ArrayList<>();
    private String fileLanguage = "en";

    public IatiActivityReader(InputStream in) throws XMLStreamException {
        this.xml = FACTORY.createXMLStreamReader(in);
    }

    /** The next activity, checked and converted; empty at the end of the file. */
    public Optional<IatiActivity> next() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw new RefusedFile(here(), "doctype");
            }
            if (root != null && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                schema.text();
            }
            if (root != null && event == XMLStreamConstants.END_ELEMENT) {
                schema.end(root);
                schema.endDocument();
                fileProblems.addAll(ActivitySource.problems(null, withRoot(schema.take()), null));
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (root == null) {
                    if (!xml.getLocalName().equals("iati-activities") || xml.getNamespaceURI() != null && !xml.getNamespaceURI().isEmpty()) {
                        throw new RefusedFile(here(), "notIati", xml.getLocalName());
                    }
                    root = XmlNode.shell(xml);
                    fileLanguage = root.language("en").toLowerCase(java.util.Locale.ROOT);
                    schema = new SchemaStream(xml);
                    schema.start(root);
                    fileProblems.addAll(ActivitySource.problems(null, withRoot(schema.take()), null));
                    continue;
                }
                if (!xml.getLocalName().equals("iati-activity")) {
                    throw new RefusedFile(here(), "notIati", xml.getLocalName());
                }
                XmlNode activity = XmlNode.read(xml, schema);
                var violations = schema.take();
                if (activity.attr(XMLConstants.XML_NS_URI, "lang") == null && root.attr(XMLConstants.XML_NS_URI, "lang") != null) {
                    // kept alone, the activity states the language it inherited from the file
                    activity.attributes.add(new XmlNode.Attribute(XMLConstants.XML_NS_URI, "xml", "lang",
                            root.attr(XMLConstants.XML_NS_URI, "lang")));
                }
                ActivityDraft draft = ActivityElements.read(activity, fileLanguage);
                return Optional.of(new ActivityChecker(draft, ActivitySource.of(activity, violations, draft.name())).check());
            }
        }
        return Optional.empty();
    }

    /** The problems of the file itself (its root element against the schema), once it is read to the end. */
    public List<ImportProblem> fileProblems() {
        return List.copyOf(fileProblems);
    }

    /** Violations found outside any activity concern the root element. */
    private List<SchemaStream.Found> withRoot(List<SchemaStream.Found> found) {
        return found.stream().map(f -> f.element() == null ? new SchemaStream.Found(root, f.message()) : f).toList();
    }

    private Located here() {
        var location = xml.getLocation();
        return new Located(location.getLineNumber(), location.getColumnNumber());
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
