package org.labourhub.projects.donorreports;

import org.labourhub.directory.Directory;
import org.labourhub.directory.OrganisationRef;
import org.labourhub.platform.i18n.Formats;
import org.labourhub.platform.reports.Report;
import org.labourhub.platform.reports.ReportBlock;
import org.labourhub.platform.reports.ReportSection;
import org.labourhub.platform.reports.ReportTable;
import org.labourhub.platform.reports.ReportText;
import org.labourhub.platform.training.TrainingNotice;
import org.labourhub.projects.ParticipantRole;
import org.labourhub.projects.Project;
import org.labourhub.projects.monitoring.Delivery;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The donor progress report as the platform's neutral report model, so that it prints as a Word document and a
 * PDF with the same four parts as its web page, every word in the reader's language.
 */
@Component
class DonorReportDocument {

    private final MessageSource messages;
    private final Directory directory;

    DonorReportDocument(MessageSource messages, Directory directory) {
        this.messages = messages;
        this.directory = directory;
    }

    Report of(DonorReport report, Locale locale) {
        String title = report.donor() != null ? text("projects.report.portfolio", locale, report.donor())
                : text("projects.report.title", locale);
        var sections = new ArrayList<ReportSection>();
        for (DonorReport.Section s : report.sections()) {
            sections.addAll(sections(s, locale));
        }
        return TrainingNotice.note(new Report(title, text("projects.report.asOf", locale, formats(locale).date(report.asOf())), sections),
                report.includesFictional(), report.isFictional(), messages, locale);
    }

    private List<ReportSection> sections(DonorReport.Section s, Locale locale) {
        Project p = s.project();
        String name = p.title().in(locale);
        var identification = new ArrayList<ReportBlock>();
        identification.add(fact(text("projects.field.identifier", locale), p.iatiIdentifier()));
        Named named = named(p, locale);
        identification.add(fact(text("projects.field.funders", locale), named.funders()));
        identification.add(fact(text("projects.report.implementing", locale), named.implementing()));
        identification.add(fact(text("projects.field.countries", locale), named.countries()));
        identification.add(fact(text("projects.field.period", locale),
                formats(locale).period(p.dates().start(), p.dates().end())));
        identification.add(fact(text("projects.field.status", locale),
                p.status() == null ? text("projects.status.unknown", locale) : text("projects.status." + p.status(), locale)));
        if (p.description() != null) {
            identification.add(new ReportBlock.Paragraph(ReportText.of(p.description(), locale, messages)));
        }
        return List.of(
                new ReportSection(name + " — " + text("projects.report.identification", locale), identification),
                new ReportSection(text("projects.report.financial", locale), financial(s, locale)),
                new ReportSection(text("projects.report.results", locale), results(p, locale)),
                new ReportSection(text("projects.report.bottlenecks", locale), bottlenecks(s, locale)));
    }

    private List<ReportBlock> financial(DonorReport.Section s, Locale locale) {
        var blocks = new ArrayList<ReportBlock>();
        var total = s.delivery().cumulative();
        Formats formats = formats(locale);
        if (total.isDefined()) {
            blocks.add(paragraph(text("projects.delivery.cumulative", locale, formats.percent(total.percent()),
                    formats.money(total.expenditure(), "USD"), formats.money(total.budget(), "USD"))));
        }
        if (s.delivery().timeElapsedPercent() != null) {
            blocks.add(paragraph(text("projects.delivery.elapsed", locale, formats.percent(s.delivery().timeElapsedPercent()))));
        }
        if (s.delivery().years().isEmpty()) {
            blocks.add(paragraph(text("projects.delivery.none", locale)));
            return blocks;
        }
        var rows = new ArrayList<List<ReportText>>();
        for (Delivery.Year y : s.delivery().years()) {
            rows.add(Stream.of(formats.year(y.year()), formats.decimal(y.rate().budget(), 0),
                    formats.decimal(y.rate().expenditure(), 0),
                    y.rate().percent() == null ? "—" : formats.percent(y.rate().percent())).map(ReportText::plain).toList());
        }
        blocks.add(new ReportTable(List.of(text("projects.facet.year", locale), text("projects.delivery.budget", locale),
                text("projects.delivery.expenditure", locale), text("projects.delivery.rate", locale)), List.of(1, 2, 2, 1),
                List.of(new ReportTable.RowGroup(ReportText.EMPTY, rows))));
        return blocks;
    }

    private List<ReportBlock> results(Project p, Locale locale) {
        if (p.results().isEmpty()) {
            return List.of(paragraph(text("projects.report.noResults", locale)));
        }
        var items = new ArrayList<ReportBlock.NumberedList.Item>();
        int n = 0;
        for (Project.Result r : p.results()) {
            n++;
            items.add(new ReportBlock.NumberedList.Item(String.valueOf(n), ReportText.of(r.title(), locale, messages)));
            char letter = 'a';
            for (Project.Indicator i : r.indicators()) {
                items.add(new ReportBlock.NumberedList.Item(n + " " + letter++ + ")", ReportText.plain(text("projects.report.indicator", locale,
                        i.title().in(locale), orDash(i.baselineValue(), locale), orDash(i.targetValue(), locale),
                        orDash(i.actualValue(), locale)))));
            }
        }
        return List.of(new ReportBlock.NumberedList(items));
    }

    private List<ReportBlock> bottlenecks(DonorReport.Section s, Locale locale) {
        if (s.bottlenecks().isEmpty()) {
            return List.of(paragraph(text("projects.report.noBottleneck", locale)));
        }
        return s.bottlenecks().stream().<ReportBlock>map(b -> paragraph(
                text("projects.bottleneck.rule." + b.rule(), locale) + ": "
                        + messages.getMessage(b.messageKey(), b.reason().toArray(), locale))).toList();
    }

    private static ReportBlock paragraph(String words) {
        return new ReportBlock.Paragraph(ReportText.plain(words));
    }

    private static ReportBlock fact(String label, String value) {
        return paragraph(label + ": " + (value == null ? "—" : value));
    }

    /** Who funds, who implements and where, named in the reader's language; the web page shows the same. */
    record Named(String funders, String implementing, String countries) {
    }

    Named named(Project p, Locale locale) {
        return new Named(names(p, ParticipantRole.FUNDING, locale), names(p, ParticipantRole.IMPLEMENTING, locale),
                String.join(", ", p.countries().stream().map(c -> countryName(c.iso2(), locale)).toList()));
    }

    /** The same for every project of a report, by IATI identifier. */
    java.util.Map<String, Named> named(DonorReport report, Locale locale) {
        var named = new java.util.HashMap<String, Named>();
        report.sections().forEach(s -> named.put(s.project().iatiIdentifier(), named(s.project(), locale)));
        return named;
    }

    /** Participants the directory knows are named as it names them in the reader's language (OIT, ILO). */
    private String names(Project p, ParticipantRole role, Locale locale) {
        var known = directory.organisations(p.participants().stream().map(Project.Participant::organisationId)
                .filter(java.util.Objects::nonNull).toList());
        return String.join(", ", p.participants().stream().filter(o -> o.role() == role).map(o -> {
            OrganisationRef org = o.organisationId() == null ? null : known.get(o.organisationId());
            return org == null ? o.name() : org.label(locale);
        }).toList());
    }

    private String countryName(String iso2, Locale locale) {
        return directory.country(iso2).map(c -> c.name().in(locale)).orElse(iso2);
    }

    /** A figure as the source wrote it, a plain number written the reader's way; a dash when there is none. */
    private String orDash(String value, Locale locale) {
        return value == null || value.isBlank() ? "—" : formats(locale).figure(value);
    }

    private Formats formats(Locale locale) {
        return Formats.of(locale, messages);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
