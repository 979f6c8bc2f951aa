package org.labourhub.projects.donorreports;

import org.springframework.context.ApplicationEventPublisher;
import org.labourhub.accounts.Actor;
import org.labourhub.accounts.AuditTrail;
import org.labourhub.platform.i18n.Language;
import org.labourhub.platform.training.TrainingNotice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import org.labourhub.platform.reports.ReportFormat;
import org.labourhub.platform.reports.ReportResponses;
import org.labourhub.projects.ProjectAccess;
import org.labourhub.projects.ProjectReader;
import org.labourhub.projects.ProjectsChanged;
import org.labourhub.projects.ProjectsPolicy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * Donor progress reports in the reader's language ({@code ?lang=} picks another), for one project or a donor's
 * portfolio, as a web page, a Word document or a PDF ({@code ?format=html|docx|pdf}); and the secretariat's record that a progress report was sent, which the overdue rule reads.
 */
@Controller
class DonorReportController {

    private final DonorReports reports;
    private final ProjectAccess pages;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ProjectsPolicy policy;
    private final DonorReportDocument documents;
    private final ApplicationEventPublisher events;

    DonorReportController(DonorReports reports, ProjectAccess pages, JdbcClient jdbc, AuditTrail audit,
                          ProjectsPolicy policy, DonorReportDocument documents, ApplicationEventPublisher events) {
        this.events = events;
        this.documents = documents;
        this.reports = reports;
        this.pages = pages;
        this.jdbc = jdbc;
        this.audit = audit;
        this.policy = policy;
    }

    @GetMapping("/projects/{id}/report")
    String project(@PathVariable long id, @RequestParam(required = false) String format, Locale locale, Model model,
                   HttpServletResponse response) throws IOException {
        ReportFormat wanted = ReportResponses.format(format);
        pages.readable(id);
        DonorReport report = reports.forProject(id, Language.of(locale));
        if (wanted != ReportFormat.HTML) {
            return download(report, wanted, "project-" + id + "-report", locale, response);
        }
        model.addAttribute("report", report);
        model.addAttribute("named", documents.named(report, locale));
        model.addAttribute("mayRecord", policy.mayMaintainReferenceData(Actor.current()));
        notice(report, model);
        return "projects/report";
    }

    @GetMapping("/projects/reports")
    String portfolio(@RequestParam(required = false) String donor, @RequestParam(required = false) String format,
                     Locale locale, Model model, HttpServletResponse response) throws IOException {
        ReportFormat wanted = ReportResponses.format(format);
        model.addAttribute("donors", reports.donors(locale));
        if (donor == null || donor.isBlank()) {
            if (reports.anyFictional()) {
                TrainingNotice.includes(model);
            }
            return "projects/reports";
        }
        DonorReport report = reports.forDonor(donor, Language.of(locale));
        if (wanted != ReportFormat.HTML) {
            return download(report, wanted, "portfolio-report", locale, response);
        }
        model.addAttribute("report", report);
        model.addAttribute("named", documents.named(report, locale));
        model.addAttribute("mayRecord", false);
        notice(report, model);
        return "projects/report";
    }

    private static void notice(DonorReport report, Model model) {
        if (report.isFictional()) {
            TrainingNotice.record(model);
        } else if (report.includesFictional()) {
            TrainingNotice.includes(model);
        }
    }

    /** Writes the report as a Word document or PDF through the platform's report renderer. */
    private String download(DonorReport report, ReportFormat format, String name, Locale locale,
                            HttpServletResponse response) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream(128 * 1024);
        ReportResponses.render(documents.of(report, locale), format, locale, bytes);
        response.setContentType(format.contentType());
        response.setContentLength(bytes.size());
        response.setHeader(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition
                .attachment().filename(name + "-" + locale.getLanguage() + "." + format.extension()).build().toString());
        bytes.writeTo(response.getOutputStream());
        return null;
    }

    @PostMapping("/projects/{id}/progress-report")
    @Transactional
    String recordSent(@PathVariable long id) {
        ProjectsPolicy.require(policy.mayMaintainReferenceData(Actor.current()), "progress report");
        LocalDate before = jdbc.sql("select last_progress_report from projects.project where id = ?").param(id)
                .query((rs, n) -> ProjectReader.date(rs, 1)).list().stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
        jdbc.sql("update projects.project set last_progress_report = current_date, version = version + 1 where id = ?")
                .param(id).update();
        audit.updated("projects.project", id, java.util.Collections.singletonMap("lastProgressReport",
                before == null ? null : before.toString()), Map.of("lastProgressReport", LocalDate.now().toString()));
        events.publishEvent(new ProjectsChanged()); // the overdue-report rule reads it
        return "redirect:/projects/" + id + "/report?recorded";
    }
}
