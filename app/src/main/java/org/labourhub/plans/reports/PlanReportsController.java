package org.labourhub.plans.reports;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.labourhub.plans.FictionalPlans;
import org.labourhub.plans.PlanContent;
import org.labourhub.plans.PlanContents;
import org.labourhub.platform.reports.ReportResponses;
import org.labourhub.platform.training.TrainingNotice;
import org.labourhub.platform.web.RecordNotFound;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The governing-body reports of a plan as page, Word document or PDF: {@code /plans/{id}/reports/annex?format=pdf},
 * in the reader's language, "status as of" the latest published update unless {@code ?asOf=} names a date.
 */
@Controller
class PlanReportsController {

    private final PlanContents contents;
    private final MessageSource messages;
    private final ReportResponses responses;
    private final FictionalPlans training;

    PlanReportsController(PlanContents contents, MessageSource messages, ReportResponses responses, FictionalPlans training) {
        this.training = training;
        this.contents = contents;
        this.messages = messages;
        this.responses = responses;
    }

    @GetMapping("/plans/{id}/reports/{kind}")
    ModelAndView report(@PathVariable long id, @PathVariable String kind,
                        @RequestParam(required = false) String format,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                        Locale locale, HttpServletRequest request, HttpServletResponse response) throws IOException {
        PlanReportKind report = PlanReportKind.ofPath(kind).orElseThrow(() -> new RecordNotFound("report", kind));
        var chosen = ReportResponses.format(format);
        PlanContent content = contents.load(id, asOf);
        var built = TrainingNotice.note(report.build(content, new ReportWords(messages, locale)),
                training.isFictional(id), true, messages, locale);
        return responses.serve(built, chosen, content.plan().key() + "-" + report.path() + "-" + locale.getLanguage(),
                request, response);
    }
}
