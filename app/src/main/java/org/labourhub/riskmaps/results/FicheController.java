package org.labourhub.riskmaps.results;

import jakarta.servlet.http.HttpServletResponse;
import org.labourhub.accounts.Actor;
import org.labourhub.platform.web.RecordNotFound;
import org.labourhub.riskmaps.ModelRun;
import org.labourhub.riskmaps.RunSummary;
import org.labourhub.riskmaps.Territories;
import org.labourhub.riskmaps.TerritoryNames;
import org.labourhub.riskmaps.TerritoryResult;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A territory's fiche as a page and as a PDF, and all fiches of a run as one PDF in the table's order. */
@Controller
class FicheController {

    private final RunAccess access;
    private final RunHeader header;
    private final Territories territories;
    private final TerritoryNames names;
    private final TerritoryTable table;
    private final MessageSource messages;

    FicheController(RunAccess access, RunHeader header, Territories territories, TerritoryNames names,
                    TerritoryTable table, MessageSource messages) {
        this.access = access;
        this.header = header;
        this.territories = territories;
        this.names = names;
        this.table = table;
        this.messages = messages;
    }

    @GetMapping("/riskmaps/runs/{id}/territories/{code}")
    String page(@PathVariable long id, @PathVariable String code, Locale locale, Model model) {
        ModelRun run = access.finished(id, Actor.current());
        RunWords words = header.add(run, locale, model);
        model.addAttribute("fiche", fiche(run, one(run, code), words));
        return "riskmaps/results/fiche";
    }

    @GetMapping("/riskmaps/runs/{id}/territories/{code}/fiche.pdf")
    void pdf(@PathVariable long id, @PathVariable String code, Locale locale, HttpServletResponse response)
            throws IOException {
        ModelRun run = access.finished(id, Actor.current());
        RunWords words = RunWords.of(locale, messages);
        Fiche fiche = fiche(run, one(run, code), words);
        send(List.of(fiche), run, words, TerritoryTableController.fileName(run) + "-" + code.replaceAll("[^A-Za-z0-9-]", ""),
                response);
    }

    @GetMapping("/riskmaps/runs/{id}/fiches.pdf")
    void all(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        ModelRun run = access.finished(id, Actor.current());
        RunWords words = RunWords.of(locale, messages);
        RunSummary summary = access.summary(run);
        List<Fiche> fiches = table.all(run).stream()
                .map(row -> Fiche.of(row.result(), row.name(), summary.nationalRate(), summary.levels().count(),
                        run.inputs().definition().rules(), words))
                .toList();
        send(fiches, run, words, TerritoryTableController.fileName(run) + "-fiches", response);
    }

    private TerritoryResult one(ModelRun run, String code) {
        return territories.one(run.id(), code).orElseThrow(() -> new RecordNotFound("territory", code));
    }

    private Fiche fiche(ModelRun run, TerritoryResult t, RunWords words) {
        RunSummary summary = access.summary(run);
        Map<String, String> named = names.of(run.boundarySetId());
        return Fiche.of(t, named.get(t.code()), summary.nationalRate(), summary.levels().count(),
                run.inputs().definition().rules(), words);
    }

    private static void send(List<Fiche> fiches, ModelRun run, RunWords words, String fileName,
                             HttpServletResponse response) throws IOException {
        var sections = new FichesPdf.Sections(words.message("riskmaps.results.fiche.figures"),
                words.message("riskmaps.results.fiche.byGroup"), words.message("riskmaps.results.fiche.risks"),
                words.message("riskmaps.results.fiche.protective"), words.message("riskmaps.results.fiche.cautions"),
                words.message("riskmaps.results.fiche.noFactor"));
        String heading = run.synthetic() ? words.message("riskmaps.results.pdf.headingSynthetic", run.title())
                : words.message("riskmaps.results.pdf.heading", run.title());
        var bytes = new ByteArrayOutputStream(64 * 1024);
        FichesPdf.write(fiches, heading, sections, bytes);
        response.setContentType("application/pdf");
        response.setContentLength(bytes.size());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName + ".pdf").build().toString());
        bytes.writeTo(response.getOutputStream());
    }
}
