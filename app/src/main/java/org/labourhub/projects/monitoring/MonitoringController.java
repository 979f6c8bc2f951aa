package org.labourhub.projects.monitoring;

import org.labourhub.directory.Directory;
import org.labourhub.platform.i18n.Language;
import org.labourhub.platform.training.TrainingNotice;
import org.labourhub.platform.web.ConcurrentEdit;
import org.labourhub.projects.search.ListedProjects;
import org.labourhub.projects.search.Listing;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The delivery dashboard: flagged projects with their reasons (counted by rule, listed a page at a time, of every
 * country or of one), trends for the charts, and the rules' thresholds.
 */
@Controller
class MonitoringController {

    private final Bottlenecks bottlenecks;
    private final MonitoringSettings settings;
    private final DashboardFigures figures;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final Directory directory;
    private final Listing listing;

    MonitoringController(Bottlenecks bottlenecks, MonitoringSettings settings, DashboardFigures figures, MessageSource messages,
                         JdbcClient jdbc, Directory directory, Listing listing) {
        this.listing = listing;
        this.bottlenecks = bottlenecks;
        this.settings = settings;
        this.figures = figures;
        this.messages = messages;
        this.jdbc = jdbc;
        this.directory = directory;
    }

    /** How many flags the page lists at a time; the exports list them all. */
    static final int FLAGS_PER_PAGE = 100;

    @GetMapping("/projects/monitoring")
    String page(@RequestParam(required = false) Bottleneck.Rule rule, @RequestParam(required = false) String country,
                @RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
        MonitoringRules rules = settings.current();
        List<Bottleneck> all = bottlenecks.find(rules, Language.of(locale));
        String iso2 = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        if (iso2 != null) {
            Set<Long> ofCountry = new HashSet<>(jdbc.sql("select project_id from projects.recipient_country where iso2 = ?")
                    .param(iso2).query(Long.class).list());
            all = all.stream().filter(b -> ofCountry.contains(b.projectId())).toList();
        }
        var byRule = new EnumMap<Bottleneck.Rule, Long>(Bottleneck.Rule.class);
        all.forEach(b -> byRule.merge(b.rule(), 1L, Long::sum));
        List<Bottleneck> shown = rule == null ? all : all.stream().filter(b -> b.rule() == rule).toList();
        int first = (int) Math.min((long) Math.max(page, 0) * FLAGS_PER_PAGE, shown.size()); // any page number a link may carry
        model.addAttribute("rules", rules);
        model.addAttribute("flaggedProjects", all.stream().map(Bottleneck::projectId).distinct().count());
        model.addAttribute("byRule", byRule);
        model.addAttribute("allFlags", all.size());
        model.addAttribute("rule", rule);
        model.addAttribute("country", iso2);
        model.addAttribute("countries", directory.countryChoices(locale));
        model.addAttribute("flagged", shown.subList(first, Math.min(first + FLAGS_PER_PAGE, shown.size())));
        model.addAttribute("first", first);
        model.addAttribute("flags", shown.size());
        model.addAttribute("page", first / FLAGS_PER_PAGE);
        model.addAttribute("years", figures.byYear());
        ListedProjects listed = listing.projects();
        model.addAttribute("fictional", all.stream().map(Bottleneck::projectId).filter(listed::isTraining).collect(Collectors.toSet()));
        if (listed.anyTraining()) {
            TrainingNotice.includes(model); // the flags, the charts and the yearly figures count fictional projects
        }
        return "projects/monitoring";
    }

    @PostMapping("/projects/monitoring/rules")
    String changeRules(@RequestParam int lowDeliveryPercent, @RequestParam int noExpenditureMonths,
                       @RequestParam int progressReportMonths, @RequestParam int endedNotClosedGraceDays,
                       @RequestParam int version) {
        try {
            settings.change(new MonitoringRules(lowDeliveryPercent, noExpenditureMonths, progressReportMonths,
                    endedNotClosedGraceDays, version));
        } catch (IllegalArgumentException out) {
            return "redirect:/projects/monitoring?invalid";
        } catch (ConcurrentEdit conflict) {
            return "redirect:/projects/monitoring?conflict";
        }
        return "redirect:/projects/monitoring?saved";
    }

    /** The figures the dashboard's charts draw, with labels in the reader's language. */
    @GetMapping("/api/projects/monitoring")
    @ResponseBody
    Map<String, Object> charts(Locale locale) {
        var charts = new LinkedHashMap<String, Object>();
        charts.put("labels", Map.of("budget", message("projects.delivery.budget", locale),
                "expenditure", message("projects.delivery.expenditure", locale),
                "rate", message("projects.delivery.rate", locale)));
        charts.put("years", figures.byYear());
        charts.put("donors", figures.byDonor());
        charts.put("countries", labelled(figures.byCountry(), code -> code));
        charts.put("themes", labelled(figures.byTheme(), code -> message("projects.theme." + code, locale)));
        charts.put("modalities", labelled(figures.byModality(), code -> message("projects.modality." + code, locale)));
        return charts;
    }

    private static List<DashboardFigures.Figure> labelled(List<DashboardFigures.Figure> list, UnaryOperator<String> label) {
        return list.stream().map(f -> new DashboardFigures.Figure(label.apply(f.key()), f.budget(), f.expenditure())).toList();
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
