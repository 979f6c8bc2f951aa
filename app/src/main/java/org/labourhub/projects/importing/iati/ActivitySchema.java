package org.labourhub.projects.importing.iati;

import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The official IATI 2.03 activity schema, compiled once from the copies in {@code iati/schema/2.03/} (never fetched
 * from the network), and validation of a document against it with the JDK's validator.
 */
public final class ActivitySchema {

    private static final String FOLDER = "/iati/schema/2.03/";
    private static final Schema SCHEMA = compile();
    private static final ThreadLocal<Validator> VALIDATOR = ThreadLocal.withInitial(ActivitySchema::validator);

    /** A place where the document breaks the schema, with the validator's own (English) wording. */
    public record Violation(int line, int column, String message) {
    }

    private ActivitySchema() {
    }

    /** The violations of a whole document, in order; none when it is valid. */
    public static List<Violation> violations(String document) {
        return violations(new StreamSource(new StringReader(document)));
    }

    public static List<Violation> violations(InputStream document) {
        return violations(new StreamSource(document));
    }

    private static List<Violation> violations(StreamSource source) {
        var found = new ArrayList<Violation>();
        Validator validator = VALIDATOR.get();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                found.add(new Violation(e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                found.add(new Violation(e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
                throw e;
            }
        });
        try {
            validator.validate(source);
        } catch (SAXException alreadyListed) {
            // a fatal error ends the validation; it is in the list
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return found;
    }

    private static Schema compile() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
            factory.setResourceResolver(new LocalCopies());
            var main = ActivitySchema.class.getResource(FOLDER + "iati-activities-schema.xsd");
            return factory.newSchema(new StreamSource(main.openStream(), main.toExternalForm()));
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("The IATI 2.03 schema in " + FOLDER + " cannot be compiled", e);
        }
    }

    /** A validator fed element by element (see {@link SchemaStream}). */
    static javax.xml.validation.ValidatorHandler validatorHandler() {
        var handler = SCHEMA.newValidatorHandler();
        try {
            handler.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            handler.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
        return handler;
    }

    private static Validator validator() {
        Validator validator = SCHEMA.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
        return validator;
    }

    /** Resolves the schemas' includes and imports (by file name) to the copies next to them. */
    private static final class LocalCopies implements LSResourceResolver {
        @Override
        public LSInput resolveResource(String type, String namespace, String publicId, String systemId, String baseUri) {
            if (systemId == null) {
                return null;
            }
            String name = systemId.substring(systemId.lastIndexOf('/') + 1);
            var url = ActivitySchema.class.getResource(FOLDER + name);
            if (url == null) {
                throw new IllegalStateException("The IATI schema refers to " + systemId + ", which has no local copy");
            }
            return new Input(url.toExternalForm(), publicId);
        }
    }

    private record Input(String systemId, String publicId) implements LSInput {
        public InputStream getByteStream() {
            try {
                return java.net.URI.create(systemId).toURL().openStream();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        public String getSystemId() {
            return systemId;
        }

        public String getPublicId() {
            return publicId;
        }

        public Reader getCharacterStream() {
            return null;
        }

        public String getStringData() {
            return null;
        }

        public String getBaseURI() {
            return null;
        }

        public String getEncoding() {
            return null;
        }

        public boolean getCertifiedText() {
            return false;
        }

        public void setCharacterStream(Reader characterStream) {
        }

        public void setByteStream(InputStream byteStream) {
        }

        public void setStringData(String stringData) {
        }

        public void setSystemId(String systemId) {
        }

        public void setPublicId(String publicId) {
        }

        public void setBaseURI(String baseURI) {
        }

        public void setEncoding(String encoding) {
        }

        public void setCertifiedText(boolean certifiedText) {
        }
    }
}
