package org.labourhub.riskmaps.boundaries;

import org.labourhub.accounts.Actor;
import org.labourhub.directory.Directory;
import org.labourhub.platform.web.Choice;
import org.labourhub.platform.web.RecordNotFound;
import org.labourhub.riskmaps.RiskmapsPolicy;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The boundary pages: the sets of every country (for everyone: boundaries are public knowledge), one set with its map
 * and territories, and the upload in two steps, the file first, then its country, name, source and the properties
 * that carry the codes and names, chosen among those the file's features have.
 */
@Controller
class BoundariesController {

    private static final MediaType GEOJSON = MediaType.parseMediaType("application/geo+json");

    private final RiskmapsPolicy policy;
    private final BoundarySets sets;
    private final BoundaryImport imports;
    private final BoundaryUploads uploads;
    private final Directory directory;

    BoundariesController(RiskmapsPolicy policy, BoundarySets sets, BoundaryImport imports, BoundaryUploads uploads,
                         Directory directory) {
        this.policy = policy;
        this.sets = sets;
        this.imports = imports;
        this.uploads = uploads;
        this.directory = directory;
    }

    @GetMapping("/riskmaps/boundaries")
    String list(Locale locale, Model model) {
        var byCountry = new LinkedHashMap<String, List<BoundarySet>>();
        for (BoundarySet set : sets.all()) {
            byCountry.computeIfAbsent(set.country(), c -> new java.util.ArrayList<>()).add(set);
        }
        var countries = new LinkedHashMap<String, String>();
        directory.countryChoices(locale).stream().filter(c -> byCountry.containsKey(c.value()))
                .forEach(c -> countries.put(c.value(), c.label()));
        byCountry.keySet().forEach(code -> countries.putIfAbsent(code, code));
        model.addAttribute("countries", countries);
        model.addAttribute("sets", byCountry);
        model.addAttribute("mayUpload", policy.mayMaintainBoundaries(Actor.current()));
        model.addAttribute("signedIn", !Actor.current().isAnonymous());
        return "riskmaps/boundaries/list";
    }

    @GetMapping("/riskmaps/boundaries/{id}")
    String set(@PathVariable long id, Locale locale, Model model) {
        BoundarySet set = sets.find(id).orElseThrow(() -> new RecordNotFound(BoundarySets.TYPE, id));
        model.addAttribute("set", set);
        model.addAttribute("country", countryName(set.country(), locale));
        model.addAttribute("inUse", sets.latest(set.country()).map(l -> l.id() == id).orElse(false));
        model.addAttribute("boundaries", sets.boundaries(id));
        model.addAttribute("signedIn", !Actor.current().isAnonymous());
        model.addAttribute("mayReadAudit", Actor.current().maintainsEverything());
        return "riskmaps/boundaries/set";
    }

    @GetMapping("/riskmaps/boundaries/{id}.geojson")
    ResponseEntity<String> shapes(@PathVariable long id) {
        sets.find(id).orElseThrow(() -> new RecordNotFound(BoundarySets.TYPE, id));
        return ResponseEntity.ok().contentType(GEOJSON).body(sets.featureCollection(id));
    }

    @GetMapping("/riskmaps/boundaries/new")
    String uploadPage() {
        RiskmapsPolicy.require(policy.mayMaintainBoundaries(Actor.current()), "upload boundaries");
        return "riskmaps/boundaries/upload";
    }

    @PostMapping("/riskmaps/boundaries/new")
    String upload(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        RiskmapsPolicy.require(policy.mayMaintainBoundaries(Actor.current()), "upload boundaries");
        if (file.isEmpty()) {
            return "redirect:/riskmaps/boundaries/new?empty";
        }
        String name = displayName(file);
        String token = uploads.keep(file);
        try {
            new BoundaryFile(uploads.byToken(token).orElseThrow(), name).survey();
        } catch (UnreadableBoundaryFile unreadable) {
            uploads.discard(token);
            model.addAttribute("problems", List.of(unreadable.problem()));
            model.addAttribute("more", 0);
            return "riskmaps/boundaries/upload";
        }
        return "redirect:/riskmaps/boundaries/new/" + token + "?file=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
    }

    /** What the uploader says about the file in the second step. */
    record Description(String country, String name, String codeProperty, String nameProperty, String source) {
    }

    @GetMapping("/riskmaps/boundaries/new/{token}")
    String describe(@PathVariable String token, @RequestParam(defaultValue = "") String file, Locale locale, Model model) {
        RiskmapsPolicy.require(policy.mayMaintainBoundaries(Actor.current()), "upload boundaries");
        Path kept = uploads.byToken(token).orElse(null);
        if (kept == null) {
            return "redirect:/riskmaps/boundaries/new?gone";
        }
        BoundaryFile.Survey survey = new BoundaryFile(kept, file).survey();
        Actor actor = Actor.current();
        var description = new Description(actor.country().orElse(""), "", survey.likelyCode(), survey.likelyName(), "");
        return describePage(token, file, survey, description, Map.of(), locale, model);
    }

    @PostMapping("/riskmaps/boundaries/new/{token}")
    String save(@PathVariable String token, @RequestParam(defaultValue = "") String file, Description description,
                Locale locale, Model model) {
        Actor actor = Actor.current();
        RiskmapsPolicy.require(policy.mayMaintainBoundaries(actor), "upload boundaries");
        Path kept = uploads.byToken(token).orElse(null);
        if (kept == null) {
            return "redirect:/riskmaps/boundaries/new?gone";
        }
        BoundaryFile.Survey survey = new BoundaryFile(kept, file).survey();
        Map<String, String> errors = errors(description, survey);
        if (!errors.isEmpty()) {
            return describePage(token, file, survey, description, errors, locale, model);
        }
        var set = new NewBoundarySet(description.country(), description.name().strip(), description.codeProperty(),
                description.nameProperty(), description.source());
        BoundaryImport.Outcome outcome = imports.load(kept, file, set, actor.username());
        if (outcome instanceof BoundaryImport.Saved saved) {
            uploads.discard(token);
            return "redirect:/riskmaps/boundaries/" + saved.set().id() + "?saved";
        }
        var refused = (BoundaryImport.Refused) outcome;
        model.addAttribute("problems", refused.problems());
        model.addAttribute("more", refused.more());
        return describePage(token, file, survey, description, Map.of(), locale, model);
    }

    private String describePage(String token, String file, BoundaryFile.Survey survey, Description description,
                                Map<String, String> errors, Locale locale, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("file", file);
        model.addAttribute("survey", survey);
        model.addAttribute("description", description);
        model.addAttribute("errors", errors);
        model.addAttribute("countries", directory.countryChoices(locale));
        return "riskmaps/boundaries/describe";
    }

    private Map<String, String> errors(Description d, BoundaryFile.Survey survey) {
        var errors = new LinkedHashMap<String, String>();
        if (d.country() == null || !directory.isKnown(d.country())) {
            errors.put("country", "riskmaps.boundaries.error.country");
        }
        if (d.name() == null || d.name().isBlank() || d.name().strip().length() > 200) {
            errors.put("name", "riskmaps.boundaries.error.name");
        }
        if (d.codeProperty() == null || survey.properties().stream().noneMatch(p -> p.name().equals(d.codeProperty()))) {
            errors.put("codeProperty", "riskmaps.boundaries.error.codeProperty");
        }
        if (d.source() != null && d.source().strip().length() > 1000) {
            errors.put("source", "riskmaps.boundaries.error.source");
        }
        return errors;
    }

    private String countryName(String code, Locale locale) {
        return directory.countryChoice(code, locale).map(Choice::label).orElse(code);
    }

    private static String displayName(MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        name = name.replaceAll(".*[\\\\/]", "").strip();
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
