package org.labourhub.projects.importing.iati;

import org.labourhub.projects.ImportProblem;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An activity as its source wrote it, one element a line, kept with the project so that what LabourHub does not model
 * is written back on export; and the schema's violations found in it (see {@link SchemaStream}) as problems, each on
 * the element it concerns, worded for people.
 */
final class ActivitySource {

    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    private static final Pattern CODE = Pattern.compile("^(cvc-[a-zA-Z-]+(?:\\.[0-9a-z]+)*)");

    final String text;
    final List<ImportProblem> problems = new ArrayList<>();

    private ActivitySource(String text) {
        this.text = text;
    }

    /** Keeps {@code activity} as text, with the violations the validator found in it. */
    static ActivitySource of(XmlNode activity, List<SchemaStream.Found> violations, String name) {
        var source = new ActivitySource(write(activity));
        source.problems.addAll(problems(activity, violations, name));
        return source;
    }

    /** An activity's text kept earlier, not checked again. */
    static ActivitySource unchecked(String text) {
        return new ActivitySource(text);
    }

    /** Violations as problems of the activity {@code name} (null for the file itself), one per element and kind. */
    static List<ImportProblem> problems(XmlNode activity, List<SchemaStream.Found> violations, String name) {
        var problems = new ArrayList<ImportProblem>();
        Set<String> seen = new LinkedHashSet<>();
        for (var violation : violations) {
            XmlNode where = violation.element() == null ? activity : violation.element();
            String kind = kind(violation.message());
            if (!seen.add(System.identityHashCode(where) + "|" + kind)) {
                continue; // the validator may say the same twice (a value: as a type and as the attribute's value)
            }
            problems.add(Located.problem(ImportProblem.Severity.ERROR, where.at, name, path(activity, where),
                    "schema." + kind, quoted(violation.message())));
        }
        return problems;
    }

    /** An element alone, as text, one element a line. */
    static String write(XmlNode node) {
        var out = new StringWriter();
        try {
            XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out);
            node.write(xml, true);
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("An element read from a file cannot be written back", e);
        }
        return out.toString();
    }

    /** What the validator complains of: an element out of place or missing, an attribute, or a value. */
    private static String kind(String message) {
        Matcher code = CODE.matcher(message);
        String c = code.find() ? code.group(1) : "";
        if (c.startsWith("cvc-complex-type.2.4.a") || c.startsWith("cvc-complex-type.2.4.d")
                || c.startsWith("cvc-complex-type.2.3") || c.startsWith("cvc-complex-type.2.1")) {
            return "unexpected";
        }
        if (c.startsWith("cvc-complex-type.2.4.b") || c.startsWith("cvc-complex-type.2.4.c")) {
            return "incomplete";
        }
        if (c.startsWith("cvc-complex-type.4")) {
            return "attributeMissing";
        }
        if (c.startsWith("cvc-complex-type.3.2")) {
            return "attributeNotAllowed";
        }
        if (c.startsWith("cvc-elt.1")) {
            return "root";
        }
        if (c.startsWith("cvc-")) {
            return "value";
        }
        return "other";
    }

    /** The first names or values the message quotes, without the validator's namespace braces. */
    private static Object[] quoted(String message) {
        var args = new ArrayList<String>();
        Matcher m = QUOTED.matcher(message);
        while (m.find() && args.size() < 2) {
            args.add(m.group(1).replaceAll(",?\\s*WC\\[[^\\]]*\\]", "").replaceAll("\\{\"[^\"]*\":", "")
                    .replaceAll("[{}\"]", "").replaceAll(",\\s*", ", "));
        }
        while (args.size() < 2) {
            args.add("");
        }
        return args.toArray();
    }

    /** The element's path under the activity, e.g. {@code transaction/value}. */
    static String path(XmlNode activity, XmlNode target) {
        var path = new ArrayList<String>();
        return activity != null && target != activity && find(activity, target, path) ? String.join("/", path) : target.name;
    }

    private static boolean find(XmlNode node, XmlNode target, List<String> path) {
        if (node == target) {
            return true;
        }
        for (var child : node.children) {
            path.add(child.name);
            if (find(child, target, path)) {
                return true;
            }
            path.remove(path.size() - 1);
        }
        return false;
    }
}
