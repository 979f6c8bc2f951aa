package org.labourhub.projects;

import org.labourhub.platform.i18n.Language;
import org.labourhub.platform.web.ConcurrentEdit;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The delivery dashboard: flagged projects with their reasons, trends for the charts, and the rules' thresholds. */
@Controller
class MonitoringController {

    private final Bottlenecks bottlenecks;
    private final MonitoringSettings settings;
    private final DashboardFigures figures;
    private final MessageSource messages;

    MonitoringController(Bottlenecks bottlenecks, MonitoringSettings settings, DashboardFigures figures, MessageSource messages) {
        this.bottlenecks = bottlenecks;
        this.settings = settings;
        this.figures = figures;
        this.messages = messages;
    }

    @GetMapping("/projects/monitoring")
    String page(Locale locale, Model model) {
        MonitoringRules rules = settings.current();
        model.addAttribute("rules", rules);
        model.addAttribute("flagged", bottlenecks.find(rules, Language.of(locale)));
        model.addAttribute("years", figures.byYear());
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
