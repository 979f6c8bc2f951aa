package org.labourhub.projects.importing;

import org.labourhub.accounts.Actor;
import org.labourhub.accounts.AuditTrail;
import org.labourhub.platform.jobs.Job;
import org.labourhub.platform.jobs.Jobs;
import org.labourhub.platform.web.RecordNotFound;
import org.labourhub.projects.ImportProblem;
import org.labourhub.projects.ProjectsAudit;
import org.labourhub.projects.ProjectsJson;
import org.labourhub.projects.ProjectsPolicy;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.type.TypeReference;

import java.io.IOException;
import java.util.Map;

/** The import page: upload an IATI file (or a spreadsheet), follow its job, read its per-record result. */
@Controller
public class ImportController {

    private final ProjectsPolicy policy;
    private final ImportFiles files;
    private final Jobs jobs;
    private final AuditTrail audit;

    ImportController(ProjectsPolicy policy, ImportFiles files, Jobs jobs, AuditTrail audit) {
        this.policy = policy;
        this.audit = audit;
        this.files = files;
        this.jobs = jobs;
    }

    @GetMapping("/projects/import")
    String page(Model model) {
        Actor actor = Actor.current();
        ProjectsPolicy.require(policy.mayImport(actor), "import");
        model.addAttribute("recent", jobs.latest(actor.username(), ProjectsAudit.IATI_IMPORT, 10));
        return "projects/import";
    }

    @PostMapping("/projects/import/iati")
    String importIati(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        Actor actor = Actor.current();
        ProjectsPolicy.require(policy.mayImport(actor), "import");
        if (file.isEmpty()) {
            return "redirect:/projects/import?empty";
        }
        var kept = files.keep(file, "xml");
        long id = jobs.submit(ProjectsAudit.IATI_IMPORT, actor.username(),
                Map.of("file", kept.toString(), "fileName", displayName(file)));
        return "redirect:/jobs/" + id;
    }

    @GetMapping("/projects/imports/{jobId}")
    String result(@PathVariable long jobId, Model model) {
        Actor actor = Actor.current();
        Job job = jobs.find(jobId).filter(j -> j.kind().startsWith("projects."))
                .orElseThrow(() -> new RecordNotFound("import", jobId));
        if (!job.owner().equals(actor.username()) && !actor.maintainsEverything()) {
            throw new AccessDeniedException("import " + jobId);
        }
        model.addAttribute("job", job);
        model.addAttribute("auditEntry", audit.jobEntry(job.kind(), job.id()).orElse(null));
        if (ProjectsAudit.SPREADSHEET_IMPORT.equals(job.kind())) {
            model.addAttribute("report", job.result() == null ? null : ProjectsJson.JSON.readValue(job.result(), SHEET_REPORT));
            return "projects/sheet-result";
        }
        model.addAttribute("report", job.result() == null ? null : ProjectsJson.JSON.readValue(job.result(), IATI_REPORT));
        return "projects/import-result";
    }

    private static final TypeReference<ImportReport<ImportProblem>> IATI_REPORT = new TypeReference<>() { };
    private static final TypeReference<ImportReport<SheetProblem>> SHEET_REPORT = new TypeReference<>() { };

    public static String displayName(MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        name = name.replaceAll("[\\\\/]", "_").strip();
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
