package org.labourhub.platform.training;

import org.labourhub.platform.reports.Report;
import org.labourhub.platform.reports.ReportBlock;
import org.labourhub.platform.reports.ReportSection;
import org.labourhub.platform.reports.ReportText;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;

import java.util.ArrayList;
import java.util.Locale;

/**
 * How a page or report says that it shows fictional training data: the layout prints a banner when a controller
 * sets {@value #ATTRIBUTE} (a record's own page, or a page whose lists and figures include fictional records), lists
 * mark each fictional row with {@code fragments/training :: tag}, and reports open with a note.
 */
public final class TrainingNotice {

    /** The model attribute the layout's banner reads: {@code record} or {@code includes}. */
    public static final String ATTRIBUTE = "trainingNotice";

    private TrainingNotice() {
    }

    /** The page shows one fictional record. */
    public static void record(Model model) {
        model.addAttribute(ATTRIBUTE, "record");
    }

    /** The page's lists, charts or figures include fictional records. */
    public static void includes(Model model) {
        model.addAttribute(ATTRIBUTE, "includes");
    }

    /**
     * The report with a first section saying that it is about fictional data ({@code whole}) or includes some;
     * the report unchanged when {@code fictional} is false.
     */
    public static Report note(Report report, boolean fictional, boolean whole, MessageSource messages, Locale locale) {
        if (!fictional) {
            return report;
        }
        var sections = new ArrayList<ReportSection>();
        sections.add(ReportSection.of(messages.getMessage("training.tag", null, locale), new ReportBlock.Paragraph(
                ReportText.plain(messages.getMessage(whole ? "training.report.record" : "training.report.includes", null, locale)))));
        sections.addAll(report.sections());
        return new Report(report.title(), report.subtitle(), sections);
    }
}
