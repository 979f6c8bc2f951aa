package org.labourhub.projects.search;

import jakarta.servlet.http.HttpServletRequest;
import org.labourhub.directory.Directory;
import org.labourhub.platform.i18n.Language;
import org.labourhub.platform.training.TrainingNotice;
import org.labourhub.platform.web.Htmx;
import org.labourhub.projects.IatiCodelists;
import org.labourhub.projects.IatiCodes;
import org.labourhub.projects.ProjectReader;
import org.labourhub.projects.importing.iati.IatiDownload;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

import java.util.Locale;
import java.util.Map;

/** The project list with its facets and search box; htmx refreshes only the results, and the same list is JSON. */
@Controller
class ProjectListController {

    static final int MAX_EXPORT = 100_000;

    private final ProjectSearch search;
    private final ProjectReader reader;
    private final JsonMapper json;
    private final Directory directory;

    ProjectListController(ProjectSearch search, ProjectReader reader, JsonMapper json, Directory directory) {
        this.directory = directory;
        this.search = search;
        this.reader = reader;
        this.json = json;
    }

    /** Every project matching the list's query (at most {@value #MAX_EXPORT}) as one IATI 2.03 file. */
    @GetMapping("/projects/iati.xml")
    ResponseEntity<StreamingResponseBody> iati(@RequestParam Map<String, String> parameters) {
        return IatiDownload.of("projects", search.ids(QueryParameters.read(parameters), MAX_EXPORT), reader);
    }

    @GetMapping("/projects")
    String list(@RequestParam Map<String, String> parameters, HttpServletRequest request,
                Locale locale, Model model) {
        ProjectQuery query = QueryParameters.read(parameters);
        model.addAttribute("query", query);
        model.addAttribute("selected", parameters);
        ProjectSearch.Page page = search.find(query, Language.of(locale));
        model.addAttribute("page", page);
        if (page.rows().stream().anyMatch(ProjectRow::training)) {
            TrainingNotice.includes(model);
        }
        // the list keeps countries as codes; the reader sees their names
        var countryNames = new java.util.HashMap<String, String>();
        IatiCodelists.get("Country").codes()
                .forEach(code -> IatiCodes.countryName(code, locale).ifPresent(name -> countryNames.put(code, name)));
        directory.countries().forEach(c -> countryNames.put(c.iso2(), c.name().in(locale)));
        model.addAttribute("countryNames", countryNames);
        model.addAttribute("pageSize", ProjectQuery.PAGE_SIZE);
        model.addAttribute("maxMatches", ProjectSearch.MAX_MATCHES);
        return Htmx.view(request, "projects/list", "finder");
    }

    /** The list as JSON, written by the application's mapper as for any other response, and kept with the page. */
    @GetMapping("/api/projects")
    ResponseEntity<byte[]> api(@RequestParam Map<String, String> parameters, Locale locale) {
        byte[] body = search.json(QueryParameters.read(parameters), Language.of(locale), json::writeValueAsBytes);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
