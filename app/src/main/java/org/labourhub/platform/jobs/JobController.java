package org.labourhub.platform.jobs;

import jakarta.servlet.http.HttpServletRequest;
import org.labourhub.platform.web.Htmx;
import org.labourhub.platform.web.RecordNotFound;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.Set;

/** A job's page: its progress bar (refreshed by htmx while it runs) and, once done, a link to its outcome. */
@Controller
class JobController {

    private static final Set<String> SEE_ALL = Set.of("ROLE_ADMIN", "ROLE_SECRETARIAT");

    private final Jobs jobs;
    private final JobRunner runner;

    JobController(Jobs jobs, JobRunner runner) {
        this.jobs = jobs;
        this.runner = runner;
    }

    @GetMapping("/jobs/{id}")
    String show(@PathVariable long id, HttpServletRequest request,
                Authentication who, Model model) {
        Job job = jobs.find(id).orElseThrow(() -> new RecordNotFound("job", id));
        if (!mayRead(who, job)) {
            throw new AccessDeniedException("job " + id);
        }
        JobHandler handler = runner.handler(job.kind());
        model.addAttribute("job", job);
        model.addAttribute("resultPage", handler == null || !job.status().isFinished() ? null : handler.resultPage(job));
        return Htmx.view(request, "jobs/job", "progress");
    }

    static boolean mayRead(Authentication who, Job job) {
        if (who == null || !who.isAuthenticated()) {
            return false;
        }
        return who.getName().equals(job.owner())
                || who.getAuthorities().stream().anyMatch(a -> SEE_ALL.contains(a.getAuthority()));
    }
}
