package org.labourhub.projects;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;

/** XML parsers for files from outside (IATI activities, codelists): no DTDs, no external entities. */
public final class SafeXml {

    private SafeXml() {
    }

    /** A new StAX factory that refuses DTDs and external entities and hands text on in one piece. */
    public static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }
}
