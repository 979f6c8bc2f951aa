package org.labourhub.projects.browsing;

import org.labourhub.accounts.Actor;
import org.labourhub.directory.Directory;
import org.labourhub.platform.training.TrainingNotice;
import org.labourhub.platform.web.RecordNotFound;
import org.labourhub.projects.IatiCodes;
import org.labourhub.projects.Project;
import org.labourhub.projects.ProjectAccess;
import org.labourhub.projects.ProjectHeader;
import org.labourhub.projects.ProjectReader;
import org.labourhub.projects.ProjectsPolicy;
import org.labourhub.projects.duplicates.SourceNotes;
import org.labourhub.projects.importing.ImportFlags;
import org.labourhub.projects.importing.ProvenanceRecords;
import org.labourhub.projects.importing.iati.IatiActivityWriter;
import org.labourhub.projects.importing.iati.IatiDownload;
import org.labourhub.projects.monitoring.Delivery;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** A project's page, its JSON and its IATI file. A merged project sends the reader to the one it was merged into. */
@Controller
class ProjectPageController {

    private final ProjectReader reader;
    private final ProvenanceRecords provenance;
    private final ProjectsPolicy policy;
    private final JdbcClient jdbc;
    private final Delivery delivery;
    private final ProjectAccess access;
    private final RawValues rawValues;
    private final Directory directory;
    private final SourceNotes notes;
    private final ImportFlags flags;

    ProjectPageController(ProjectReader reader, ProvenanceRecords provenance, ProjectsPolicy policy, JdbcClient jdbc,
                          Delivery delivery, ProjectAccess access, RawValues rawValues, Directory directory,
                          SourceNotes notes, ImportFlags flags) {
        this.notes = notes;
        this.flags = flags;
        this.access = access;
        this.directory = directory;
        this.rawValues = rawValues;
        this.reader = reader;
        this.provenance = provenance;
        this.policy = policy;
        this.jdbc = jdbc;
        this.delivery = delivery;
    }

    @GetMapping("/projects/{id}")
    String page(@PathVariable long id, Locale locale, Model model) {
        ProjectHeader header = access.readable(id);
        if (header.mergedInto() != null) {
            return "redirect:/projects/" + header.mergedInto();
        }
        model.addAttribute("header", header);
        if (header.training()) {
            TrainingNotice.record(model);
        }
        Project project = reader.one(id).orElseThrow(() -> new RecordNotFound("project", id));
        model.addAttribute("project", project);
        // participants the directory knows are named as it names them in the reader's language (OIT, ILO)
        model.addAttribute("organisations", directory.organisations(
                project.participants().stream().map(Project.Participant::organisationId).toList()));
        model.addAttribute("countryNames", countryNames(project, locale));
        model.addAttribute("sectorNames", project.sectors().stream().filter(s -> s.vocabulary().matches("[12]"))
                .map(Project.SectorShare::code).distinct()
                .collect(Collectors.toMap(code -> code, code -> IatiCodes.sectorName(code, locale).orElse(code))));
        model.addAttribute("regionNames", regionNames(project, locale));
        model.addAttribute("unpublishable", IatiActivityWriter.unpublishable(project).orElse(null));
        if (policy.mayImport(Actor.current())) {
            model.addAttribute("flags", flags.of(id).orElse(null));
        }
        List<ProvenanceRecords.Row> sources = provenance.of(id);
        model.addAttribute("sources", sources);
        Map<Long, List<RawValues.Field>> raw = sources.stream()
                .collect(Collectors.toMap(ProvenanceRecords.Row::id, s -> rawValues.of(s.raw(), locale)));
        model.addAttribute("rawValues", raw);
        model.addAttribute("fieldSources", notes.ofFields(id, locale));
        model.addAttribute("facts", jdbc.sql("select facts::text from projects.project where id = ?").param(id)
                .query((rs, n) -> rs.getString(1)).list().stream().filter(java.util.Objects::nonNull)
                .map(org.labourhub.platform.i18n.MultilingualTextJson::read).findFirst().orElse(null));
        model.addAttribute("delivery", delivery.of(id));
        model.addAttribute("mayEdit", header.enteredFor() != null
                && policy.mayEdit(Actor.current(), header.enteredFor(), header.entryState()));
        return "projects/project";
    }

    /** The names of the countries a project names, on the activity or on its transactions, as the directory names them. */
    private Map<String, String> countryNames(Project project, Locale locale) {
        var codes = new java.util.LinkedHashSet<String>();
        project.countries().forEach(c -> codes.add(c.iso2()));
        project.transactions().stream().map(Project.Transaction::recipientCountry).filter(java.util.Objects::nonNull).forEach(codes::add);
        var names = new java.util.HashMap<String, String>();
        for (String code : codes) {
            names.put(code, directory.country(code).map(c -> c.name().in(locale))
                    .or(() -> IatiCodes.countryName(code, locale)).orElse(code));
        }
        return names;
    }

    /** The names of the regions a project names, IATI's for its Region codelist, else the code as given. */
    private static Map<String, String> regionNames(Project project, Locale locale) {
        var names = new java.util.HashMap<String, String>();
        project.regions().forEach(r -> names.put(r.code(), "1".equals(r.vocabulary())
                ? IatiCodes.regionName(r.code(), locale).orElse(r.code()) : r.code()));
        project.transactions().stream().map(Project.Transaction::recipientRegion).filter(java.util.Objects::nonNull)
                .forEach(r -> names.put(r.code(), "1".equals(r.vocabulary())
                        ? IatiCodes.regionName(r.code(), locale).orElse(r.code()) : r.code()));
        return names;
    }

    @GetMapping("/api/projects/{id}")
    @ResponseBody
    Project json(@PathVariable long id) {
        access.readable(id);
        return reader.one(id).orElseThrow(() -> new RecordNotFound("project", id));
    }

    @GetMapping("/projects/{id}/iati.xml")
    ResponseEntity<StreamingResponseBody> iati(@PathVariable long id) {
        access.readable(id);
        return IatiDownload.of("project-" + id, List.of(id), reader);
    }
}
