package org.labourhub.projects.importing.iati;

import org.labourhub.platform.i18n.MultilingualText;
import org.labourhub.projects.ActivityStatus;
import org.labourhub.projects.KeptActivity;
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
import java.util.List;
import java.util.Optional;

/**
 * Writes projects as an IATI 2.03 activity file, streaming, valid against the standard's schema: the elements in the
 * schema's order, with its codelists' codes; LabourHub's themes and modality travel as tags of its own vocabulary.
 *
 * <p>An imported activity that was valid is written back as its source wrote it wherever LabourHub has not changed
 * it: each kind of element (transactions, sectors, locations…) is compared with what the source said, and written
 * from the source when it is the same — everything LabourHub does not model comes back too — or from the project
 * when a reader changed it. Its last-updated-datetime stays the source's unless the project changed.
 *
 * <p>A project that is not an IATI activity — no identifier, no date at all, no participating organisation — is left
 * out (see {@link #unpublishable}); one without a status gets the one its dates imply, and one without a reporting
 * organisation is reported by LabourHub.
 */
public final class IatiActivityWriter implements AutoCloseable {

    /** LabourHub as the reporting organisation of the projects entered in it. */
    public static final String LABOURHUB_REF = "XM-LABOURHUB";
    private static final String LABOURHUB_NAME = "LabourHub";
    private static final String MULTILATERAL = "40";

    private final XMLStreamWriter xml;
    private final ActivityGroups groups = new ActivityGroups(this);

    public IatiActivityWriter(OutputStream out) throws XMLStreamException {
        this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("iati-activities");
        xml.writeAttribute("version", "2.03");
        xml.writeAttribute("generated-datetime", dateTime(OffsetDateTime.now()));
        xml.writeCharacters("\n");
    }

    /** Why a project cannot be written as an IATI activity (a message key under {@code projects.iati.unpublishable.}), if it cannot. */
    public static Optional<String> unpublishable(Project p) {
        if (p.iatiIdentifier() == null) {
            return Optional.of("identifier");
        }
        var d = p.dates();
        if (d.plannedStart() == null && d.actualStart() == null && d.plannedEnd() == null && d.actualEnd() == null) {
            return Optional.of("dates");
        }
        if (p.participants().isEmpty()) {
            return Optional.of("participants");
        }
        if (p.description() == null) {
            return Optional.of("description");
        }
        return Optional.empty();
    }

    public void write(Project p, OffsetDateTime lastUpdated) throws XMLStreamException {
        write(p, lastUpdated, null);
    }

    /** Writes the project, from what its source wrote ({@code kept}, may be null) wherever it is unchanged. */
    public void write(Project p, OffsetDateTime updatedAt, KeptActivity kept) throws XMLStreamException {
        if (unpublishable(p).isPresent()) {
            return;
        }
        var source = kept != null && kept.schemaValid() ? SourceActivity.of(kept) : null;
        xml.writeStartElement("iati-activity");
        boolean unchanged = source != null && groups.unchanged(p, source.project());
        String lastUpdated = unchanged && source.node().attr("last-updated-datetime") != null
                ? source.node().attr("last-updated-datetime")
                : dateTime(updatedAt);
        xml.writeAttribute("last-updated-datetime", lastUpdated);
        xml.writeAttribute(XMLConstants.XML_NS_URI, "lang", source != null && source.node().attr(XMLConstants.XML_NS_URI, "lang") != null
                ? source.node().attr(XMLConstants.XML_NS_URI, "lang") : p.title().original().code());
        attribute("default-currency", p.defaultCurrency());
        if (source != null) {
            for (var a : source.node().attributes) {
                if (!List.of("last-updated-datetime", "default-currency", "lang").contains(a.name()) || !a.namespace().isEmpty()
                        && !XMLConstants.XML_NS_URI.equals(a.namespace())) {
                    XmlNode.attribute(xml, a);
                }
            }
        }
        groups.write(p, source);
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    // The elements LabourHub models, written from a project (ActivityGroups calls them in the schema's order).

    void identifier(Project p) throws XMLStreamException {
        element("iati-identifier", p.iatiIdentifier());
    }

    void reportingOrg(Project p) throws XMLStreamException {
        boolean own = p.reportingOrgRef() == null;
        xml.writeStartElement("reporting-org");
        attribute("ref", own ? LABOURHUB_REF : p.reportingOrgRef());
        attribute("type", own || p.reportingOrgType() == null ? MULTILATERAL : p.reportingOrgType());
        element("narrative", own || p.reportingOrgName() == null ? LABOURHUB_NAME : p.reportingOrgName());
        xml.writeEndElement();
    }

    void title(Project p) throws XMLStreamException {
        narratives("title", p.title());
    }

    void description(Project p) throws XMLStreamException {
        if (p.description() != null) {
            xml.writeStartElement("description");
            xml.writeAttribute("type", "1");
            narrativesInside(p.description());
            xml.writeEndElement();
        }
    }

    void participants(Project p) throws XMLStreamException {
        for (var o : p.participants()) {
            xml.writeStartElement("participating-org");
            attribute("ref", o.ref());
            attribute("role", o.role().code());
            attribute("type", o.type());
            element("narrative", o.name());
            xml.writeEndElement();
        }
    }

    void otherIdentifiers(Project p) throws XMLStreamException {
        for (String ref : p.otherIdentifiers()) {
            empty("other-identifier", "ref", ref, "type", "A1");
        }
    }

    void status(Project p) throws XMLStreamException {
        empty("activity-status", "code", (p.status() != null ? p.status() : impliedStatus(p.dates())).code());
    }

    /** The status a project's dates imply: not started, under way, or ended. */
    static ActivityStatus impliedStatus(Project.Dates d) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        if (d.end() != null && d.end().isBefore(today)) {
            return ActivityStatus.FINALISATION;
        }
        return d.start() != null && !d.start().isAfter(today) ? ActivityStatus.IMPLEMENTATION : ActivityStatus.PIPELINE;
    }

    void dates(Project p) throws XMLStreamException {
        var d = p.dates();
        LocalDate[] byType = {d.plannedStart(), d.actualStart(), d.plannedEnd(), d.actualEnd()};
        for (int i = 0; i < byType.length; i++) {
            if (byType[i] != null) {
                empty("activity-date", "type", String.valueOf(i + 1), "iso-date", byType[i].toString());
            }
        }
    }

    void countries(Project p) throws XMLStreamException {
        for (var c : p.countries()) {
            empty("recipient-country", "code", c.iso2(), "percentage", plain(c.percentage()));
        }
    }

    void regions(Project p) throws XMLStreamException {
        for (var r : p.regions()) {
            xml.writeStartElement("recipient-region");
            attribute("code", r.code());
            attribute("vocabulary", r.vocabulary());
            if (LabourHubVocabularies.OWN_VOCABULARY.equals(r.vocabulary())) {
                attribute("vocabulary-uri", LabourHubVocabularies.REGION_URI);
            }
            attribute("percentage", plain(r.percentage()));
            if (r.name() != null) {
                narrativesInside(r.name());
            }
            xml.writeEndElement();
        }
    }

    void locations(Project p) throws XMLStreamException {
        for (var l : p.locations()) {
            xml.writeStartElement("location");
            attribute("ref", l.ref());
            if (l.name() != null) {
                narratives("name", l.name());
            }
            for (var a : l.administrative()) {
                empty("administrative", "vocabulary", a.vocabulary(), "level", a.level() == null ? null : a.level().toString(),
                        "code", a.code());
            }
            if (l.latitude() != null) {
                xml.writeStartElement("point");
                xml.writeAttribute("srsName", "http://www.opengis.net/def/crs/EPSG/0/4326");
                element("pos", l.latitude() + " " + l.longitude());
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
    }

    void sectors(Project p) throws XMLStreamException {
        for (var s : p.sectors()) {
            empty("sector", "vocabulary", s.vocabulary(), "vocabulary-uri", s.vocabularyUri(), "code", s.code(),
                    "percentage", plain(s.percentage()));
        }
    }

    void tags(Project p) throws XMLStreamException {
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

    void collaborationType(Project p) throws XMLStreamException {
        if (p.modality() != null) {
            var code = LabourHubVocabularies.collaborationType(p.modality());
            if (code.isPresent()) {
                empty("collaboration-type", "code", code.get());
            }
        }
    }

    void narratives(String name, MultilingualText text) throws XMLStreamException {
        xml.writeStartElement(name);
        narrativesInside(text);
        xml.writeEndElement();
    }

    void narrativesInside(MultilingualText text) throws XMLStreamException {
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

    /** An xsd:dateTime in UTC to the second (seconds always written, as the type requires). */
    static String dateTime(OffsetDateTime at) {
        return DATE_TIME.format(at.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
    }

    private static final java.time.format.DateTimeFormatter DATE_TIME = java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    @Override
    public void close() throws XMLStreamException {
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }
}
