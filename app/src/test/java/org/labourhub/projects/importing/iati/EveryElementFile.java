package org.labourhub.projects.importing.iati;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An IATI 2.03 activity file whose activities together use every element and every attribute the activity schema
 * declares, written by walking the schema itself ({@link XsdDeclarations}) with plausible values from
 * {@link EveryElementValues}. Paths name elements and attributes from the activity down, e.g.
 * {@code iati-activity/transaction/provider-org/@provider-activity-id}; the root's are {@code iati-activities/@version}.
 * Elements and attributes of other namespaces are named {@code {namespace}local}.
 */
public final class EveryElementFile {

    public static final String EXTENSION_NAMESPACE = "https://example.org/extension";
    /** The three activities of {@link #bytes()}: everything at activity level, the special cases, a child activity. */
    public static final int KINDS = 3;
    static final String ROOT = "iati-activities";
    private static final XsdDeclarations.Declaration SCHEMA = XsdDeclarations.activities();

    /** One element (its text, or "" when it holds elements) or attribute (its value) at its path. */
    public record PathValue(String path, String value) {
    }

    private EveryElementFile() {
    }

    /** The file with one activity of each kind. */
    public static byte[] bytes() {
        var out = new ByteArrayOutputStream();
        write(out, KINDS);
        return out.toByteArray();
    }

    /** A file of {@code count} activities with distinct identifiers, the three kinds in turn, each as full as in {@link #bytes()}. */
    public static void write(OutputStream out, int count) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            new EveryElementWriter(xml, SCHEMA).file(count);
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every element and attribute path the schema declares under iati-activities. */
    public static Set<String> schemaPaths() {
        var paths = new TreeSet<String>();
        declared(SCHEMA, ROOT, paths);
        return paths;
    }

    public static Set<String> paths(byte[] xml) {
        return paths(parse(xml));
    }

    public static Set<String> paths(Document document) {
        var paths = new TreeSet<String>();
        pathValues(document).forEach(pv -> paths.add(pv.path()));
        return paths;
    }

    public static List<PathValue> pathValues(byte[] xml) {
        return pathValues(parse(xml));
    }

    /** Every (path, value) in the document, sorted: two files hold the same multiset when their lists are equal. */
    public static List<PathValue> pathValues(Document document) {
        var all = new ArrayList<PathValue>();
        used(document.getDocumentElement(), ROOT, all);
        all.sort(Comparator.comparing(PathValue::path).thenComparing(PathValue::value));
        return all;
    }

    static String child(String parentPath, String name) {
        return parentPath == null || parentPath.equals(ROOT) ? name : parentPath + "/" + name;
    }

    private static void declared(XsdDeclarations.Declaration element, String path, Set<String> paths) {
        paths.add(path);
        element.attributes().forEach(a -> paths.add(path + "/@" + a.name()));
        element.children().forEach(c -> declared(c, child(path, c.name()), paths));
    }

    private static void used(Element element, String path, List<PathValue> all) {
        var attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            var a = (Attr) attributes.item(i);
            if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI())) {
                all.add(new PathValue(path + "/@" + name(a), a.getValue()));
            }
        }
        boolean hasElements = false;
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                hasElements = true;
                used(e, child(path, name(e)), all);
            }
        }
        all.add(new PathValue(path, hasElements ? "" : element.getTextContent().strip()));
    }

    private static String name(Node node) {
        String ns = node.getNamespaceURI();
        if (ns == null) {
            return node.getLocalName();
        }
        return XMLConstants.XML_NS_URI.equals(ns) ? "xml:" + node.getLocalName() : "{" + ns + "}" + node.getLocalName();
    }

    private static Document parse(byte[] xml) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new IllegalArgumentException("Not a well-formed XML file: " + e.getMessage(), e);
        }
    }
}
