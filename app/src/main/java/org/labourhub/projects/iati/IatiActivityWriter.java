package org.labourhub.projects.iati;

import org.labourhub.platform.i18n.MultilingualText;
import org.labourhub.projects.Modality;
import org.labourhub.projects.Project;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Writes projects as an IATI 2.03 activity file, streaming, with the elements in the order the standard's schema
 * requires and its codelists' codes; LabourHub's themes and modality travel as tags of its own vocabulary.
 */
public final class IatiActivityWriter implements AutoCloseable {

    private final XMLStreamWriter xml;

    public IatiActivityWriter(OutputStream out) throws XMLStreamException {
        this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("iati-activities");
        xml.writeAttribute("version", "2.03");
        xml.writeAttribute("generated-datetime", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString());
    }

    public void write(Project p, OffsetDateTime lastUpdated) throws XMLStreamException {
        xml.writeStartElement("iati-activity");
        xml.writeAttribute("last-updated-datetime", lastUpdated.truncatedTo(ChronoUnit.SECONDS).toString());
        xml.writeAttribute(XMLConstants.XML_NS_URI, "lang", p.title().original().code());
        if (p.defaultCurrency() != null) {
            xml.writeAttribute("default-currency", p.defaultCurrency());
        }
        element("iati-identifier", p.iatiIdentifier());
        organisation("reporting-org", p.reportingOrgRef(), null, null, p.reportingOrgName());
        narratives("title", p.title());
        if (p.description() != null) {
            xml.writeStartElement("description");
            xml.writeAttribute("type", "1");
            narrativesInside(p.description());
            xml.writeEndElement();
        }
        for (var o : p.participants()) {
            organisation("participating-org", o.ref(), o.role().code(), o.type(), o.name());
        }
        for (String ref : p.otherIdentifiers()) {
            empty("other-identifier", "ref", ref, "type", "A1");
        }
        if (p.status() != null) {
            empty("activity-status", "code", p.status().code());
        }
        dates(p.dates());
        for (var c : p.countries()) {
            empty("recipient-country", "code", c.iso2(), "percentage", plain(c.percentage()));
        }
        for (var r : p.regions()) {
            region(r);
        }
        for (var s : p.sectors()) {
            empty("sector", "vocabulary", "1", "code", s.code(), "percentage", plain(s.percentage()));
        }
        tags(p);
        if (p.modality() != null) {
            var code = LabourHubVocabularies.collaborationType(p.modality());
            if (code.isPresent()) {
                empty("collaboration-type", "code", code.get());
            }
        }
        new IatiMoneyWriter(this).write(p);
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private void region(Project.RegionShare r) throws XMLStreamException {
        if (r.name() == null) {
            empty("recipient-region", "code", r.code(), "vocabulary", r.vocabulary(), "percentage", plain(r.percentage()));
            return;
        }
        xml.writeStartElement("recipient-region");
        attribute("code", r.code());
        attribute("vocabulary", r.vocabulary());
        attribute("vocabulary-uri", LabourHubVocabularies.REGION_URI);
        attribute("percentage", plain(r.percentage()));
        narrativesInside(r.name());
        xml.writeEndElement();
    }

    private void dates(Project.Dates d) throws XMLStreamException {
        LocalDate[] byType = {d.plannedStart(), d.actualStart(), d.plannedEnd(), d.actualEnd()};
        for (int i = 0; i < byType.length; i++) {
            if (byType[i] != null) {
                empty("activity-date", "type", String.valueOf(i + 1), "iso-date", byType[i].toString());
            }
        }
    }

    private void tags(Project p) throws XMLStreamException {
        for (String target : p.sdgTargets()) {
            empty("tag", "vocabulary", LabourHubVocabularies.SDG_TARGET_VOCABULARY, "code", target);
        }
        for (var theme : p.themes().stream().sorted().toList()) {
            empty("tag", "vocabulary", LabourHubVocabularies.OWN_VOCABULARY, "vocabulary-uri", LabourHubVocabularies.THEME_URI,
                    "code", theme.name());
        }
        if (p.modality() == Modality.SOUTH_SOUTH || p.modality() == Modality.HORIZONTAL) {
            empty("tag", "vocabulary", LabourHubVocabularies.OWN_VOCABULARY, "vocabulary-uri", LabourHubVocabularies.MODALITY_URI,
                    "code", p.modality().name());
        }
    }

    private void organisation(String name, String ref, String role, String type, String narrative) throws XMLStreamException {
        xml.writeStartElement(name);
        attribute("ref", ref);
        attribute("role", role);
        attribute("type", type);
        if (narrative != null) {
            element("narrative", narrative);
        }
        xml.writeEndElement();
    }

    void narratives(String name, MultilingualText text) throws XMLStreamException {
        xml.writeStartElement(name);
        narrativesInside(text);
        xml.writeEndElement();
    }

    private void narrativesInside(MultilingualText text) throws XMLStreamException {
        for (var entry : text.translations().entrySet()) {
            xml.writeStartElement("narrative");
            xml.writeAttribute(XMLConstants.XML_NS_URI, "lang", entry.getKey().code());
            xml.writeCharacters(entry.getValue());
            xml.writeEndElement();
        }
    }

    void element(String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    /** An element with only attributes; attributes whose value is null are left out. */
    void empty(String name, String... attributes) throws XMLStreamException {
        xml.writeEmptyElement(name);
        for (int i = 0; i < attributes.length; i += 2) {
            attribute(attributes[i], attributes[i + 1]);
        }
    }

    void attribute(String name, String value) throws XMLStreamException {
        if (value != null) {
            xml.writeAttribute(name, value);
        }
    }

    XMLStreamWriter xml() {
        return xml;
    }

    static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    @Override
    public void close() throws XMLStreamException {
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }
}
