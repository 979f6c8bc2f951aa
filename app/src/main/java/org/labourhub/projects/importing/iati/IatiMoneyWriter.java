package org.labourhub.projects.importing.iati;

import org.labourhub.projects.Money;
import org.labourhub.projects.Project;

import javax.xml.stream.XMLStreamException;

/** Budgets, transactions, document links and results of a project, as the 2.03 schema orders their parts. */
final class IatiMoneyWriter {

    private final IatiActivityWriter out;

    IatiMoneyWriter(IatiActivityWriter out) {
        this.out = out;
    }

    void budgets(Project p) throws XMLStreamException {
        var xml = out.xml();
        for (var b : p.budgets()) {
            xml.writeStartElement("budget");
            xml.writeAttribute("type", b.type().code());
            xml.writeAttribute("status", "1");
            out.empty("period-start", "iso-date", b.periodStart().toString());
            out.empty("period-end", "iso-date", b.periodEnd().toString());
            value(b.value());
            xml.writeEndElement();
        }
    }

    void transactions(Project p) throws XMLStreamException {
        var xml = out.xml();
        for (var t : p.transactions()) {
            xml.writeStartElement("transaction");
            out.empty("transaction-type", "code", t.type().code());
            out.empty("transaction-date", "iso-date", t.date().toString());
            value(t.value());
            if (t.description() != null) {
                xml.writeStartElement("description");
                out.element("narrative", t.description());
                xml.writeEndElement();
            }
            if (t.recipientCountry() != null) {
                out.empty("recipient-country", "code", t.recipientCountry());
            }
            if (t.recipientRegion() != null) {
                out.empty("recipient-region", "code", t.recipientRegion().code(), "vocabulary", t.recipientRegion().vocabulary());
            }
            xml.writeEndElement();
        }
    }

    void documents(Project p) throws XMLStreamException {
        var xml = out.xml();
        for (var d : p.documents().stream().filter(d -> d.url() != null).toList()) {
            xml.writeStartElement("document-link");
            xml.writeAttribute("format", d.format());
            xml.writeAttribute("url", d.url());
            out.narratives("title", d.title());
            out.empty("category", "code", d.category() == null ? "A01" : d.category());
            xml.writeEndElement();
        }
    }

    /** Results with at least one indicator: the schema wants one in every result. */
    void results(Project p) throws XMLStreamException {
        for (var r : p.results().stream().filter(r -> !r.indicators().isEmpty()).toList()) {
            result(r);
        }
    }

    private void value(Money money) throws XMLStreamException {
        var xml = out.xml();
        xml.writeStartElement("value");
        xml.writeAttribute("currency", money.currency());
        xml.writeAttribute("value-date", money.valueDate().toString());
        xml.writeCharacters(money.amount().toPlainString());
        xml.writeEndElement();
    }

    private void result(Project.Result r) throws XMLStreamException {
        var xml = out.xml();
        xml.writeStartElement("result");
        xml.writeAttribute("type", r.type().code());
        out.narratives("title", r.title());
        for (var i : r.indicators()) {
            xml.writeStartElement("indicator");
            xml.writeAttribute("measure", i.measure().code());
            out.narratives("title", i.title());
            if (i.baselineYear() != null) {
                out.empty("baseline", "year", i.baselineYear().toString(), "value", i.baselineValue());
            }
            if (i.periodYear() != null) {
                xml.writeStartElement("period");
                out.empty("period-start", "iso-date", i.periodYear() + "-01-01");
                out.empty("period-end", "iso-date", i.periodYear() + "-12-31");
                if (i.targetValue() != null) {
                    out.empty("target", "value", i.targetValue());
                }
                if (i.actualValue() != null) {
                    out.empty("actual", "value", i.actualValue());
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
}
