package org.labourhub.projects.importing.sheet;

import org.labourhub.accounts.Actor;
import org.labourhub.accounts.AuditTrail;
import org.labourhub.platform.jobs.Jobs;
import org.labourhub.platform.web.RecordNotFound;
import org.labourhub.projects.KnownCurrencies;
import org.labourhub.projects.ProjectsJson;
import org.labourhub.projects.ProjectsPolicy;
import org.labourhub.projects.importing.ImportController;
import org.labourhub.projects.importing.ImportFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Spreadsheet import: upload, match the columns to the project's fields (saved mappings reusable), then the job. */
@Controller
class SpreadsheetController {

    private static final int PREVIEW_ROWS = 5;

    private final ProjectsPolicy policy;
    private final ImportFiles files;
    private final Jobs jobs;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final KnownCurrencies currencies;

    SpreadsheetController(ProjectsPolicy policy, ImportFiles files, Jobs jobs, JdbcClient jdbc, AuditTrail audit,
                          KnownCurrencies currencies) {
        this.currencies = currencies;
        this.policy = policy;
        this.files = files;
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    record SavedMapping(long id, String name, String mapping) {
    }

    @PostMapping("/projects/import/spreadsheet")
    String upload(@RequestParam("file") MultipartFile file) throws IOException {
        ProjectsPolicy.require(policy.mayImport(Actor.current()), "import");
        if (file.isEmpty()) {
            return "redirect:/projects/import?empty";
        }
        String name = ImportController.displayName(file).toLowerCase(java.util.Locale.ROOT);
        Path kept = files.keep(file, name.endsWith(".xlsx") ? "xlsx" : "csv");
        return "redirect:/projects/import/spreadsheet/" + kept.getFileName() + "?name="
                + java.net.URLEncoder.encode(ImportController.displayName(file), java.nio.charset.StandardCharsets.UTF_8);
    }

    @GetMapping("/projects/import/spreadsheet/{token}")
    String mapping(@PathVariable String token, @RequestParam(defaultValue = "") String name,
                   @RequestParam(required = false) Long mapping, @RequestParam(defaultValue = "0") int sheet,
                   java.util.Locale locale, Model model) throws IOException {
        ProjectsPolicy.require(policy.mayImport(Actor.current()), "import");
        Path file = files.byToken(token).orElseThrow(() -> new RecordNotFound("upload", token));
        SheetPreview preview;
        try {
            preview = Spreadsheet.preview(file, Math.max(0, sheet), PREVIEW_ROWS);
        } catch (UnreadableSheet unreadable) {
            model.addAttribute("unreadable", SpreadsheetImport.unreadable(unreadable, name));
            return "projects/spreadsheet";
        }
        List<String> header = preview.header();
        List<SavedMapping> saved = jdbc.sql("select id, name, mapping::text as mapping from projects.column_mapping order by name")
                .query(SavedMapping.class).list();
        model.addAttribute("token", token);
        model.addAttribute("name", name);
        model.addAttribute("detected", preview.description());
        model.addAttribute("sheets", preview.sheetNames());
        model.addAttribute("sheet", Math.max(0, sheet));
        model.addAttribute("header", header);
        model.addAttribute("preview", preview.rows());
        model.addAttribute("fields", ColumnMapping.FIELDS);
        model.addAttribute("currencies", currencies.choices(locale));
        model.addAttribute("saved", saved);
        model.addAttribute("chosen", chosen(saved, mapping, header));
        return "projects/spreadsheet";
    }

    @PostMapping("/projects/import/spreadsheet/{token}")
    @Transactional
    String start(@PathVariable String token, @RequestParam Map<String, String> form) {
        Actor actor = Actor.current();
        ProjectsPolicy.require(policy.mayImport(actor), "import");
        Path file = files.byToken(token).orElseThrow(() -> new RecordNotFound("upload", token));
        var columns = new LinkedHashMap<String, String>();
        ColumnMapping.FIELDS.forEach(field -> columns.put(field, form.getOrDefault("column." + field, "")));
        String currency = form.getOrDefault("defaultCurrency", "").strip();
        if (!currencies.isKnown(currency)) {
            return "redirect:/projects/import/spreadsheet/" + token + "?needCurrency&sheet=" + sheet(form) + "&name=" + name(form);
        }
        var mapping = new ColumnMapping(columns, form.get("language"), currency);
        if (!mapping.columns().containsKey("key") || !mapping.columns().containsKey("title")) {
            return "redirect:/projects/import/spreadsheet/" + token + "?needKeyAndTitle&sheet=" + sheet(form) + "&name=" + name(form);
        }
        String saveAs = form.getOrDefault("saveAs", "").strip();
        if (!saveAs.isEmpty() && saveAs.length() <= 100) {
            save(saveAs, mapping, actor);
        }
        long id = jobs.submit(SpreadsheetImport.KIND, actor.username(), Map.of("file", file.toString(),
                "fileName", form.getOrDefault("name", token), "sheet", sheet(form), "columns", mapping.columns(),
                "language", mapping.language(), "defaultCurrency", mapping.defaultCurrency()));
        return "redirect:/jobs/" + id;
    }

    private static String name(Map<String, String> form) {
        return java.net.URLEncoder.encode(form.getOrDefault("name", ""), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The chosen sheet of a workbook, numbered from 0; the first when none or nonsense was sent. */
    private static int sheet(Map<String, String> form) {
        try {
            return Math.max(0, Integer.parseInt(form.getOrDefault("sheet", "0")));
        } catch (NumberFormatException nonsense) {
            return 0;
        }
    }

    private void save(String name, ColumnMapping mapping, Actor actor) {
        String json = ProjectsJson.write(Map.of("columns", mapping.columns(), "language", mapping.language(),
                "defaultCurrency", mapping.defaultCurrency()));
        long id = jdbc.sql("""
                insert into projects.column_mapping (name, mapping, saved_by) values (?, cast(? as jsonb), ?)
                on conflict (name) do update set mapping = excluded.mapping, saved_by = excluded.saved_by, saved_at = now()
                returning id""").params(name, json, actor.username()).query(Long.class).single();
        audit.created("projects.column_mapping", id, Map.of("name", name, "mapping", mapping.columns()));
    }

    /** The mapping to show: a saved one when asked for, else columns whose header names a field. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> chosen(List<SavedMapping> saved, Long id, List<String> header) {
        var chosen = new LinkedHashMap<String, String>();
        if (id != null) {
            saved.stream().filter(m -> m.id() == id).findFirst().ifPresent(m -> {
                var stored = ProjectsJson.JSON.readValue(m.mapping(), Map.class);
                chosen.putAll((Map<String, String>) stored.get("columns"));
                chosen.put("language", String.valueOf(stored.get("language")));
                if (stored.get("defaultCurrency") != null) {
                    chosen.put("defaultCurrency", String.valueOf(stored.get("defaultCurrency")));
                }
            });
            return chosen;
        }
        for (String field : ColumnMapping.FIELDS) {
            header.stream().filter(h -> h.strip().equalsIgnoreCase(field)).findFirst().ifPresent(h -> chosen.put(field, h));
        }
        return chosen;
    }
}
