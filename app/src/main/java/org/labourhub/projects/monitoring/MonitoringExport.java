package org.labourhub.projects.monitoring;

import jakarta.servlet.http.HttpServletResponse;
import org.labourhub.platform.exports.TableExport;
import org.labourhub.platform.i18n.Language;
import org.labourhub.projects.search.ListedProjects;
import org.labourhub.projects.search.Listing;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The flagged projects with their reasons, and the delivery by year, as CSV (UTF-8 with BOM, for Excel) and XLSX. */
@Controller
class MonitoringExport {

    private final Bottlenecks bottlenecks;
    private final MonitoringSettings settings;
    private final DashboardFigures figures;
    private final MessageSource messages;
    private final Listing listing;

    MonitoringExport(Bottlenecks bottlenecks, MonitoringSettings settings, DashboardFigures figures, MessageSource messages,
                     Listing listing) {
        this.listing = listing;
        this.bottlenecks = bottlenecks;
        this.settings = settings;
        this.figures = figures;
        this.messages = messages;
    }

    @GetMapping("/projects/monitoring.csv")
    void csv(Locale locale, HttpServletResponse response) throws IOException {
        TableExport.csv(response, "monitoring", rows(locale));
    }

    @GetMapping("/projects/monitoring.xlsx")
    void xlsx(Locale locale, HttpServletResponse response) throws IOException {
        TableExport.xlsx(response, "monitoring", message("projects.monitoring.title", locale), rows(locale));
    }

    /**
     * Flagged projects first (each marked when it is fictional training data), then the delivery by year, then, when
     * fictional projects are counted, a note that says so; the first row of each block names its columns. Made as they
     * are written: a large registry flags hundreds of thousands of rows, which are never all held as text at once.
     */
    private Stream<List<Object>> rows(Locale locale) {
        ListedProjects listed = listing.projects();
        String fictional = message("form.yes", locale);
        Stream<List<Object>> flags = bottlenecks.find(settings.current(), Language.of(locale)).stream()
                .map(b -> List.<Object>of(b.projectId(), b.title(), message("projects.bottleneck.rule." + b.rule(), locale),
                        messages.getMessage(b.messageKey(), b.reason().toArray(), locale),
                        listed.isTraining(b.projectId()) ? fictional : ""));
        Stream<List<Object>> years = figures.byYear().stream()
                .map(year -> List.<Object>of(year.key(), year.budget(), year.expenditure(),
                        year.rate() == null ? "" : year.rate()));
        return Stream.of(
                Stream.of(List.<Object>of(message("projects.export.project", locale), message("projects.field.title", locale),
                        message("projects.export.rule", locale), message("projects.export.reason", locale),
                        message("training.tag", locale))),
                flags,
                Stream.of(List.of(), List.<Object>of(message("projects.facet.year", locale), message("projects.delivery.budget", locale),
                        message("projects.delivery.expenditure", locale), message("projects.delivery.rate", locale))),
                years,
                listed.anyTraining() ? Stream.of(List.of(), List.<Object>of(message("training.report.includes", locale)))
                        : Stream.<List<Object>>empty()).flatMap(s -> s);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
