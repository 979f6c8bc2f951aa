package org.labourhub.projects.entries;

import org.labourhub.accounts.Actor;
import org.labourhub.directory.Directory;
import org.labourhub.platform.web.ConcurrentEdit;
import org.labourhub.projects.ActivityStatus;
import org.labourhub.projects.EntryState;
import org.labourhub.projects.Modality;
import org.labourhub.projects.ProjectsPolicy;
import org.labourhub.projects.Theme;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Locale;

/** Pages of the countries' own entries: the list, the form, and the steps draft → submitted → validated → published. */
@Controller
class EntryController {

    private final CountryEntries entries;
    private final ProjectsPolicy policy;
    private final Directory directory;

    EntryController(CountryEntries entries, ProjectsPolicy policy, Directory directory) {
        this.entries = entries;
        this.policy = policy;
        this.directory = directory;
    }

    @GetMapping("/projects/entries")
    String list(Model model) {
        Actor actor = Actor.current();
        if (actor.isAnonymous()) {
            throw new AccessDeniedException("entries");
        }
        model.addAttribute("entries", entries.visibleTo(actor));
        model.addAttribute("mayCreate", actor.maintainsEverything() || actor.countryCode() != null);
        return "projects/entries";
    }

    @GetMapping("/projects/entries/new")
    String blank(Model model, Locale locale) {
        Actor actor = Actor.current();
        var form = new EntryForm();
        actor.country().ifPresent(form::setCountry);
        ProjectsPolicy.require(actor.maintainsEverything() || policy.mayEnterFor(actor, form.getCountry()), "new entry");
        return form(model, form, null, null, locale);
    }

    @PostMapping("/projects/entries")
    String create(@ModelAttribute("entry") EntryForm form, BindingResult errors, Model model, Locale locale) {
        Actor actor = Actor.current();
        ProjectsPolicy.require(actor.maintainsEverything() || actor.country().map(c -> policy.mayEnterFor(actor, c)).orElse(false),
                "new entry");
        if (directory.country(form.getCountry()).isEmpty()) {
            errors.rejectValue("country", "projects.entry.error.country");
        }
        form.validate(errors);
        if (errors.hasErrors()) {
            return form(model, form, null, null, locale);
        }
        return "redirect:/projects/entries/" + entries.create(form) + "?saved";
    }

    @GetMapping("/projects/entries/{id}")
    String edit(@PathVariable long id, Model model, Locale locale) {
        var row = entries.row(id);
        ProjectsPolicy.require(policy.mayReadUnpublished(Actor.current(), row.enteredFor()), "entry " + id);
        return form(model, entries.form(id), row, null, locale);
    }

    @PostMapping("/projects/entries/{id}")
    String save(@PathVariable long id, @ModelAttribute("entry") EntryForm form, BindingResult errors, Model model,
                Locale locale) {
        var row = entries.row(id);
        // decided before the input is read: a refused form would show the entry to someone who may not read it
        ProjectsPolicy.require(policy.mayEdit(Actor.current(), row.enteredFor(), row.entryState()), "entry " + id);
        form.setCountry(row.enteredFor());
        form.validate(errors);
        if (errors.hasErrors()) {
            return form(model, form, row, null, locale);
        }
        try {
            entries.update(id, form);
        } catch (ConcurrentEdit conflict) {
            return form(model, form, row, true, locale);
        }
        return "redirect:/projects/entries/" + id + "?saved";
    }

    @PostMapping("/projects/entries/{id}/state")
    String move(@PathVariable long id, @RequestParam EntryState to, @RequestParam int version) {
        try {
            entries.move(id, to, version);
        } catch (ConcurrentEdit conflict) {
            return "redirect:/projects/entries/" + id + "?conflict";
        }
        return "redirect:/projects/entries/" + id + "?moved";
    }

    private String form(Model model, EntryForm form, CountryEntries.Row row, Boolean conflict, Locale locale) {
        Actor actor = Actor.current();
        model.addAttribute("entry", form);
        model.addAttribute("row", row);
        model.addAttribute("conflict", conflict);
        // the country an entry is for is chosen when it is created, among those the reader may enter for
        String country = row == null ? form.getCountry() : row.enteredFor();
        model.addAttribute("countryChosen", directory.countryChoice(country, locale).stream().toList());
        model.addAttribute("countryOptions", directory.countryChoices(locale).stream()
                .filter(c -> policy.mayEnterFor(actor, c.value())).toList());
        model.addAttribute("statuses", ActivityStatus.values());
        model.addAttribute("themes", Theme.values());
        model.addAttribute("modalities", Modality.values());
        model.addAttribute("mayEdit", row == null || policy.mayEdit(actor, row.enteredFor(), row.entryState()));
        model.addAttribute("nextStates", row == null ? java.util.List.of() : java.util.Arrays.stream(EntryState.values())
                .filter(to -> policy.mayMove(actor, row.enteredFor(), row.entryState(), to)).toList());
        return "projects/entry";
    }
}
