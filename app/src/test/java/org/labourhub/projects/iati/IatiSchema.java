package org.labourhub.projects.iati;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates activity files against the official IATI 2.03 activities schema with the JDK's validator. The schema is
 * loaded from the classpath by its system id, so its include and import resolve to the local copies beside it; only
 * file and jar addresses may be followed, so nothing is ever fetched from the network.
 */
public final class IatiSchema {

    public static final String RESOURCE = "/iati/schema/2.03/iati-activities-schema.xsd";
    private static final Schema SCHEMA = load();

    /** One schema error, where the validator found it. */
    public record Problem(int line, int column, String message) {
        @Override
        public String toString() {
            return line + ":" + column + " " + message;
        }
    }

    private IatiSchema() {
    }

    public static List<Problem> validate(Path file) {
        try {
            return validate(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Problem> validate(String xml) {
        return validate(xml.getBytes(StandardCharsets.UTF_8));
    }

    /** Every error in the file, in order; empty when it is valid. A file that is not well-formed stops at its first. */
    public static List<Problem> validate(byte[] xml) {
        var problems = new ArrayList<Problem>();
        var validator = SCHEMA.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new Collector(problems));
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXParseException alreadyCollected) {
            // the collector has it: a fatal error ends the validation
        } catch (SAXException e) {
            problems.add(new Problem(0, 0, e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    private static Schema load() {
        var url = IatiSchema.class.getResource(RESOURCE);
        if (url == null) {
            throw new IllegalStateException("Missing " + RESOURCE + " on the classpath");
        }
        try {
            var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
            return factory.newSchema(url);
        } catch (SAXException e) {
            throw new IllegalStateException("The IATI 2.03 schema does not load: " + e.getMessage(), e);
        }
    }

    private record Collector(List<Problem> problems) implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            problems.add(new Problem(e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            error(e);
            throw e;
        }
    }
}
