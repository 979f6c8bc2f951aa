package org.labourhub.riskmaps.results;

import org.labourhub.accounts.Actor;
import org.labourhub.platform.web.RecordNotFound;
import org.labourhub.platform.web.ConcurrentEdit;
import org.labourhub.riskmaps.ModelRun;
import org.labourhub.riskmaps.ModelRuns;
import org.labourhub.riskmaps.CountryNotes;
import org.labourhub.riskmaps.RiskmapsPolicy;
import org.labourhub.riskmaps.RunSummary;
import org.labourhub.riskmaps.RunVisibility;
import org.labourhub.riskmaps.TerritoryNames;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The risk maps' landing page (each country's latest run the reader may see) and a run's overview: its inputs in
 * words, where it stands, its diagnostics, and sharing and publishing.
 */
@Controller
class RunPagesController {

    private final ModelRuns runs;
    private final RunAccess access;
    private final RiskmapsPolicy policy;
    private final RunHeader header;
    private final TerritoryNames names;
    private final MessageSource messages;
    private final CountryNotes notes;

    RunPagesController(ModelRuns runs, RunAccess access, RiskmapsPolicy policy, RunHeader header,
                       TerritoryNames names, MessageSource messages, CountryNotes notes) {
        this.notes = notes;
        this.runs = runs;
        this.access = access;
        this.policy = policy;
        this.header = header;
        this.names = names;
        this.messages = messages;
    }

    /** A country's line on the landing page: its latest finished run, and how many other runs the reader sees. */
    record CountryLine(String country, String countryName, ModelRun latest, long others) {
    }

    /** What a source document reports about a country's use of the model, in the reader's language. */
    record NoteLine(String countryName, List<String> texts, String source) {
    }

    /** The notes grouped by country, countries in the reader's alphabetical order. */
    private List<NoteLine> notes(Locale locale) {
        Map<String, List<CountryNotes.CountryNote>> byCountry = new LinkedHashMap<>();
        notes.all().forEach(n -> byCountry.computeIfAbsent(n.country(), c -> new ArrayList<>()).add(n));
        return byCountry.entrySet().stream()
                .map(e -> new NoteLine(header.countryName(e.getKey(), locale),
                        e.getValue().stream().map(n -> n.text().in(locale)).toList(),
                        e.getValue().get(0).source().in(locale)))
                .sorted(Comparator.comparing(NoteLine::countryName, Collator.getInstance(locale)))
                .toList();
    }

    @GetMapping("/riskmaps")
    String landing(Locale locale, Model model) {
        Actor actor = Actor.current();
        Map<String, List<ModelRun>> byCountry = new LinkedHashMap<>();
        runs.visibleTo(actor, null).forEach(r -> byCountry.computeIfAbsent(r.country(), c -> new ArrayList<>()).add(r));
        var lines = byCountry.entrySet().stream()
                .map(e -> new CountryLine(e.getKey(), header.countryName(e.getKey(), locale),
                        e.getValue().stream().filter(ModelRun::isFinished).findFirst().orElse(null),
                        e.getValue().size()))
                .sorted(Comparator.comparing(CountryLine::countryName, Collator.getInstance(locale)))
                .toList();
        model.addAttribute("countries", lines);
        model.addAttribute("notes", notes(locale));
        model.addAttribute("mayWork", policy.mayWorkWithData(actor));
        model.addAttribute("words", RunWords.of(locale, messages));
        return "riskmaps/results/landing";
    }

    @GetMapping("/riskmaps/runs/{id}")
    String overview(@PathVariable long id, Locale locale, Model model) {
        Actor actor = Actor.current();
        ModelRun run = access.visible(id, actor);
        Optional<RunSummary> summary = runs.summary(id);
        header.add(run, locale, model);
        model.addAttribute("summary", summary.orElse(null));
        model.addAttribute("diagnostics", summary.map(RunSummary::diagnostics).orElse(null));
        model.addAttribute("names", names.of(run.boundarySetId()));
        model.addAttribute("mayShare", policy.mayShare(actor, run));
        model.addAttribute("mayRun", policy.mayRunFor(actor, run.country()) && run.startedBy().equals(actor.username()));
        model.addAttribute("mayPublish", policy.mayPublish(actor, run));
        model.addAttribute("hasHarmonisation", summary.map(s -> !s.harmonisation().isEmpty()).orElse(false));
        return "riskmaps/results/run";
    }

    /** Shares, unshares, publishes or withdraws a finished run; refused with 403 to whoever may not. */
    @PostMapping("/riskmaps/runs/{id}/visibility")
    String visibility(@PathVariable long id, @RequestParam RunVisibility to, @RequestParam int version) {
        Actor actor = Actor.current();
        ModelRun run = runs.find(id).orElseThrow(() -> new RecordNotFound("model-run", id));
        boolean publishing = to == RunVisibility.PUBLISHED || run.visibility() == RunVisibility.PUBLISHED;
        RiskmapsPolicy.require(publishing ? policy.mayPublish(actor, run) : policy.mayShare(actor, run),
                "change who sees run " + id);
        if (run.version() != version) {
            return "redirect:/riskmaps/runs/" + id + "?conflict";
        }
        try {
            runs.changeVisibility(run, to);
        } catch (ConcurrentEdit e) {
            return "redirect:/riskmaps/runs/" + id + "?conflict";
        }
        return "redirect:/riskmaps/runs/" + id + "?visibility=" + to.name().toLowerCase(Locale.ROOT);
    }
}
