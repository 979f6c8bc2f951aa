package org.labourhub.riskmaps.datasets;

import org.labourhub.accounts.Actor;
import org.labourhub.platform.i18n.Formats;
import org.labourhub.platform.jobs.Job;
import org.labourhub.platform.jobs.Jobs;
import org.labourhub.platform.web.RecordNotFound;
import org.labourhub.riskmaps.CountriesToWorkFor;
import org.labourhub.riskmaps.DatasetFormat;
import org.labourhub.riskmaps.DatasetKind;
import org.labourhub.riskmaps.Datasets;
import org.labourhub.riskmaps.RiskmapsJson;
import org.labourhub.riskmaps.RiskmapsPolicy;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.Locale;

/**
 * The datasets page of a country (only the datasets whose microdata the reader may see), the upload form, and the
 * outcome of an upload's reading job. The upload is copied to the datasets folder (its checksum computed on the
 * way) and read by a job, so that a ten-million-row census holds no request thread.
 */
@Controller
class UploadController {

    private static final String FORM = "riskmaps/datasets/new";

    private final Datasets datasets;
    private final DatasetFiles files;
    private final DatasetSettings settings;
    private final Jobs jobs;
    private final RiskmapsPolicy policy;
    private final CountriesToWorkFor countries;
    private final ProblemInWords problems;
    private final MessageSource messages;

    UploadController(Datasets datasets, DatasetFiles files, DatasetSettings settings, Jobs jobs, RiskmapsPolicy policy,
                     CountriesToWorkFor countries, ProblemInWords problems, MessageSource messages) {
        this.datasets = datasets;
        this.files = files;
        this.settings = settings;
        this.jobs = jobs;
        this.policy = policy;
        this.countries = countries;
        this.problems = problems;
        this.messages = messages;
    }

    @GetMapping("/riskmaps/datasets")
    String list(@RequestParam(required = false) String country, Locale locale, Model model) {
        Actor actor = Actor.current();
        RiskmapsPolicy.require(policy.mayWorkWithData(actor), "datasets");
        String chosen = country == null || country.isBlank() ? countries.only(actor).orElse(null)
                : country.strip().toUpperCase(Locale.ROOT);
        if (chosen != null) {
            RiskmapsPolicy.require(policy.mayRunFor(actor, chosen), "datasets of " + chosen);
            model.addAttribute("datasets", datasets.of(chosen, null).stream()
                    .filter(d -> policy.mayReadMicrodata(actor, d)).toList());
            model.addAttribute("countryName", countries.name(chosen, locale));
        }
        model.addAttribute("country", chosen);
        model.addAttribute("countries", countries.choices(actor, locale));
        model.addAttribute("recent", jobs.latest(actor.username(), DatasetReading.KIND, 5));
        return "riskmaps/datasets/list";
    }

    @GetMapping("/riskmaps/datasets/new")
    String newForm(@RequestParam(required = false) String country, Locale locale, Model model) {
        Actor actor = Actor.current();
        RiskmapsPolicy.require(policy.mayWorkWithData(actor), "upload");
        var form = new NewDatasetForm();
        form.setCountry(country == null || country.isBlank() ? countries.only(actor).orElse("") : country);
        if (!form.getCountry().isEmpty()) {
            RiskmapsPolicy.require(policy.mayRunFor(actor, form.getCountry()), "upload for " + form.getCountry());
        }
        return form(form, actor, locale, model);
    }

    @PostMapping("/riskmaps/datasets/new")
    String upload(@ModelAttribute("form") NewDatasetForm form, BindingResult errors,
                  @RequestParam(required = false) MultipartFile file, Locale locale, Model model) throws IOException {
        Actor actor = Actor.current();
        RiskmapsPolicy.require(countries.isKnown(form.getCountry()) && policy.mayRunFor(actor, form.getCountry()),
                "upload for " + form.getCountry());
        form.validate(errors);
        String fileName = file == null ? null : StoredName.of(file.getOriginalFilename());
        String fileProblem = fileProblem(file, fileName, locale);
        if (errors.hasErrors() || fileProblem != null) {
            model.addAttribute("fileProblem", fileProblem);
            return form(form, actor, locale, model);
        }
        DatasetFormat format = DatasetFormat.claimedBy(fileName).orElseThrow();
        DatasetFiles.Received received = files.receive(file, fileName);
        var upload = new DatasetReading.Upload(files.relative(received.file()), fileName, form.getCountry(),
                form.getKind(), form.getName().strip(), form.roundOrNull(), format, received.bytes(),
                received.sha256(), form.getEncoding());
        long job = jobs.submit(DatasetReading.KIND, actor.username(), DatasetReading.parameters(upload));
        return "redirect:/jobs/" + job;
    }

    @GetMapping("/riskmaps/datasets/read/{jobId}")
    String read(@PathVariable long jobId, Locale locale, Model model) {
        Actor actor = Actor.current();
        Job job = jobs.find(jobId).filter(j -> DatasetReading.KIND.equals(j.kind()))
                .orElseThrow(() -> new RecordNotFound("dataset reading", jobId));
        if (actor.isAnonymous() || !job.owner().equals(actor.username()) && !actor.maintainsEverything()) {
            throw new AccessDeniedException("dataset reading " + jobId);
        }
        if (!job.status().isFinished()) {
            return "redirect:/jobs/" + jobId;
        }
        var outcome = job.result() == null ? null : RiskmapsJson.read(job.result(), DatasetReading.Outcome.class);
        if (outcome != null && outcome.dataset() != null) {
            return "redirect:/riskmaps/datasets/" + outcome.dataset();
        }
        model.addAttribute("job", job);
        model.addAttribute("problem", outcome == null || outcome.problem() == null
                ? messages.getMessage("riskmaps.datasets.unreadableJob", null, locale)
                : problems.say(outcome.problem(), locale));
        return "riskmaps/datasets/refused";
    }

    private String form(NewDatasetForm form, Actor actor, Locale locale, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("kinds", DatasetKind.values());
        model.addAttribute("countries", countries.choices(actor, locale));
        model.addAttribute("limit", Formats.of(locale, messages).fileSize(settings.maxDatasetSize().toBytes()));
        return FORM;
    }

    private String fileProblem(MultipartFile file, String fileName, Locale locale) {
        return new FileCheck(messages, settings.maxDatasetSize().toBytes()).problem(file, fileName, locale);
    }
}
