package org.labourhub.projects;

import org.labourhub.platform.reports.Report;
import org.labourhub.platform.training.TrainingNotice;
import org.labourhub.platform.reports.ReportBlock;
import org.labourhub.platform.reports.ReportSection;
import org.labourhub.platform.reports.ReportTable;
import org.labourhub.platform.reports.ReportText;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.text.NumberFormat;
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

    DonorReportDocument(MessageSource messages) {
        this.messages = messages;
    }

    Report of(DonorReport report, Locale locale) {
        String title = report.donor() != null ? text("projects.report.portfolio", locale, report.donor())
                : text("projects.report.title", locale);
        var sections = new ArrayList<ReportSection>();
        for (DonorReport.Section s : report.sections()) {
            sections.addAll(sections(s, locale));
        }
        return TrainingNotice.note(new Report(title, text("projects.report.asOf", locale, report.asOf()), sections),
                report.includesFictional(), report.isFictional(), messages, locale);
    }

    private List<ReportSection> sections(DonorReport.Section s, Locale locale) {
        Project p = s.project();
        String name = p.title().in(locale);
        var identification = new ArrayList<ReportBlock>();
        identification.add(fact(text("projects.field.identifier", locale), p.iatiIdentifier()));
        identification.add(fact(text("projects.field.funders", locale), names(p, ParticipantRole.FUNDING)));
        identification.add(fact(text("projects.report.implementing", locale), names(p, ParticipantRole.IMPLEMENTING)));
        identification.add(fact(text("projects.field.countries", locale),
                String.join(", ", p.countries().stream().map(Project.CountryShare::iso2).toList())));
        identification.add(fact(text("projects.field.period", locale),
                p.dates().period()));
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
        if (total.isDefined()) {
            blocks.add(paragraph(text("projects.delivery.cumulative", locale, total.percent(),
                    money(total.expenditure(), locale), money(total.budget(), locale))));
        }
        if (s.delivery().timeElapsedPercent() != null) {
            blocks.add(paragraph(text("projects.delivery.elapsed", locale, s.delivery().timeElapsedPercent())));
        }
        if (s.delivery().years().isEmpty()) {
            blocks.add(paragraph(text("projects.delivery.none", locale)));
            return blocks;
        }
        var rows = new ArrayList<List<ReportText>>();
        for (Delivery.Year y : s.delivery().years()) {
            rows.add(Stream.of(String.valueOf(y.year()), money(y.rate().budget(), locale), money(y.rate().expenditure(), locale),
                    y.rate().percent() == null ? "—" : y.rate().percent() + " %").map(ReportText::plain).toList());
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
                        i.title().in(locale), orDash(i.baselineValue()), orDash(i.targetValue()), orDash(i.actualValue())))));
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

    private static String names(Project p, ParticipantRole role) {
        return String.join(", ", p.participants().stream().filter(o -> o.role() == role).map(Project.Participant::name).toList());
    }

    private static String orDash(Object value) {
        return value == null ? "—" : value.toString();
    }

    private static String money(BigDecimal amount, Locale locale) {
        var format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(0);
        return format.format(amount);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
