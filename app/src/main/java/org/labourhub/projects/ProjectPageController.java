package org.labourhub.projects;

import org.labourhub.accounts.Actor;
import org.labourhub.platform.training.TrainingNotice;
import org.labourhub.platform.web.RecordNotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.util.List;

/** A project's page, its JSON and its IATI file. A merged project sends the reader to the one it was merged into. */
@Controller
class ProjectPageController {

    private final ProjectReader reader;
    private final ProvenanceRecords provenance;
    private final ProjectsPolicy policy;
    private final JdbcClient jdbc;
    private final Delivery delivery;
    private final ProjectAccess access;

    ProjectPageController(ProjectReader reader, ProvenanceRecords provenance, ProjectsPolicy policy, JdbcClient jdbc,
                          Delivery delivery, ProjectAccess access) {
        this.access = access;
        this.reader = reader;
        this.provenance = provenance;
        this.policy = policy;
        this.jdbc = jdbc;
        this.delivery = delivery;
    }

    @GetMapping("/projects/{id}")
    String page(@PathVariable long id, Model model) {
        ProjectHeader header = access.readable(id);
        if (header.mergedInto() != null) {
            return "redirect:/projects/" + header.mergedInto();
        }
        model.addAttribute("header", header);
        if (header.training()) {
            TrainingNotice.record(model);
        }
        model.addAttribute("project", reader.one(id).orElseThrow(() -> new RecordNotFound("project", id)));
        model.addAttribute("sources", provenance.of(id));
        model.addAttribute("facts", jdbc.sql("select facts::text from projects.project where id = ?").param(id)
                .query((rs, n) -> rs.getString(1)).list().stream().filter(java.util.Objects::nonNull)
                .map(org.labourhub.platform.i18n.MultilingualTextJson::read).findFirst().orElse(null));
        model.addAttribute("delivery", delivery.of(id));
        model.addAttribute("mayEdit", header.enteredFor() != null
                && policy.mayEdit(Actor.current(), header.enteredFor(), header.entryState()));
        return "projects/project";
    }

    @GetMapping("/api/projects/{id}")
    @ResponseBody
    Project json(@PathVariable long id) {
        access.readable(id);
        return reader.one(id).orElseThrow(() -> new RecordNotFound("project", id));
    }

    @GetMapping("/projects/{id}/iati.xml")
    ResponseEntity<StreamingResponseBody> iati(@PathVariable long id) {
        ProjectHeader header = access.readable(id);
        return IatiDownload.of("project-" + id, List.of(id), reader, header.updatedAt());
    }
}
