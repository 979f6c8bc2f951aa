package org.labourhub.projects.importing.iati;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The elements and attributes the IATI 2.03 activities schema declares, read from its .xsd files with DOM: element
 * and attribute refs resolved, named complex types and their extensions expanded, sequences and choices flattened
 * into one list of children (the 2.03 activity schema has no choice).
 */
final class XsdDeclarations {

    private static final String XSD = XMLConstants.W3C_XML_SCHEMA_NS_URI;
    private static final String DIR = "/iati/schema/2.03/";

    record Attribute(String name, String type, boolean required) {
    }

    /**
     * An element declaration: {@code type} is the built-in simple type of its text (null for element-only content);
     * {@code open} when it allows elements of other namespaces ({@code xsd:any namespace="##other"}).
     */
    record Declaration(String name, int minOccurs, boolean repeatable, String type, List<Attribute> attributes,
                       List<Declaration> children, boolean open) {
    }

    private final Map<String, Element> elements = new HashMap<>();
    private final Map<String, Element> types = new HashMap<>();
    private final Map<String, Element> attributes = new HashMap<>();

    private XsdDeclarations(String... files) {
        for (String file : files) {
            for (Element global : children(parse(file).getDocumentElement())) {
                var table = switch (global.getLocalName()) {
                    case "element" -> elements;
                    case "complexType" -> types;
                    case "attribute" -> attributes;
                    default -> null;
                };
                if (table != null) {
                    table.put(global.getAttribute("name"), global);
                }
            }
        }
    }

    /** The root, iati-activities, with everything below it. */
    static Declaration activities() {
        var tree = new XsdDeclarations("iati-activities-schema.xsd", "iati-common.xsd");
        return tree.declaration(tree.elements.get("iati-activities"));
    }

    private Declaration declaration(Element use) {
        Element decl = use.hasAttribute("ref") ? elements.get(local(use.getAttribute("ref"))) : use;
        var content = new Content();
        if (decl.hasAttribute("type")) {
            type(decl, decl.getAttribute("type"), content);
        } else {
            children(decl).forEach(child -> member(child, content));
        }
        String max = use.getAttribute("maxOccurs");
        int min = use.hasAttribute("minOccurs") ? Integer.parseInt(use.getAttribute("minOccurs")) : 1;
        return new Declaration(decl.getAttribute("name"), min, !max.isEmpty() && !max.equals("1"), content.type,
                List.copyOf(content.attributes), List.copyOf(content.children), content.open);
    }

    private void type(Element at, String name, Content content) {
        if (XSD.equals(at.lookupNamespaceURI(prefix(name)))) {
            content.type = local(name);
        } else {
            member(types.get(local(name)), content);
        }
    }

    private void member(Element member, Content content) {
        switch (member.getLocalName()) {
            case "complexType", "sequence", "choice", "simpleContent", "complexContent" ->
                    children(member).forEach(child -> member(child, content));
            case "extension", "restriction" -> {
                type(member, member.getAttribute("base"), content);
                children(member).forEach(child -> member(child, content));
            }
            case "element" -> content.children.add(declaration(member));
            case "attribute" -> content.attributes.add(attribute(member));
            case "any" -> content.open = true;
            default -> {
                // annotations and anyAttribute (every IATI element has one) add nothing to the tree
            }
        }
    }

    private Attribute attribute(Element use) {
        boolean required = use.getAttribute("use").equals("required");
        if (!use.hasAttribute("ref")) {
            return new Attribute(use.getAttribute("name"), local(use.getAttribute("type")), required);
        }
        String ref = use.getAttribute("ref");
        if ("xml".equals(prefix(ref))) { // the one prefix bound by XML itself
            return new Attribute("xml:" + local(ref), "language", required);
        }
        return new Attribute(ref, local(attributes.get(ref).getAttribute("type")), required);
    }

    private static final class Content {
        String type;
        final List<Attribute> attributes = new ArrayList<>();
        final List<Declaration> children = new ArrayList<>();
        boolean open;
    }

    private static List<Element> children(Element parent) {
        var children = new ArrayList<Element>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && XSD.equals(e.getNamespaceURI())) {
                children.add(e);
            }
        }
        return children;
    }

    private static String prefix(String qname) {
        int colon = qname.indexOf(':');
        return colon < 0 ? null : qname.substring(0, colon);
    }

    private static String local(String qname) {
        return qname.substring(qname.indexOf(':') + 1);
    }

    private static Document parse(String file) {
        try (var in = XsdDeclarations.class.getResourceAsStream(DIR + file)) {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            return factory.newDocumentBuilder().parse(in);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the schema file " + file, e);
        }
    }
}
