package org.labourhub.projects.importing.iati;

import org.labourhub.projects.KeptActivity;
import org.labourhub.projects.Project;
import org.labourhub.projects.SafeXml;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import java.io.StringReader;

/** A kept activity read back: its elements, and the project LabourHub made of it when it was imported. */
record SourceActivity(XmlNode node, Project project) {

    static SourceActivity of(KeptActivity kept) {
        try {
            var xml = SafeXml.inputFactory().createXMLStreamReader(new StringReader(kept.xml()));
            while (xml.next() != XMLStreamConstants.START_ELEMENT) {
                // to the activity's start tag
            }
            XmlNode node = XmlNode.read(xml);
            String language = node.language("en").toLowerCase(java.util.Locale.ROOT);
            var draft = ActivityElements.read(node, language);
            Project project = new ActivityChecker(draft, ActivitySource.unchecked(kept.xml())).check().project();
            return new SourceActivity(node, project);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("A kept activity is no longer readable", e);
        }
    }
}
