package org.labourhub.plans;

import jakarta.servlet.http.HttpServletRequest;
import org.labourhub.platform.training.TrainingNotice;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;

import java.util.Map;

/**
 * Every page of a fictional plan (its tree, timeline, indicators, activities, cycles, reviews, reports and forms)
 * carries the banner that says so: the plan is named by the {@code planId} or {@code id} of a {@code /plans/…} page.
 */
@ControllerAdvice(basePackageClasses = TrainingPlanNotice.class)
class TrainingPlanNotice {

    private final FictionalPlans plans;

    TrainingPlanNotice(FictionalPlans plans) {
        this.plans = plans;
    }

    @ModelAttribute
    void notice(HttpServletRequest request, Model model) {
        if (!"GET".equals(request.getMethod()) || !request.getRequestURI().startsWith("/plans/")) {
            return;
        }
        @SuppressWarnings("unchecked")
        var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String plan = variables == null ? null : variables.getOrDefault("planId", variables.get("id"));
        if (plan != null && plan.matches("[0-9]{1,18}") && plans.isFictional(Long.parseLong(plan))) {
            TrainingNotice.record(model);
        }
    }
}
