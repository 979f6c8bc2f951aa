package org.labourhub.riskmaps.datasets;

import org.labourhub.accounts.Actor;
import org.labourhub.platform.web.ConcurrentEdit;
import org.labourhub.platform.web.RecordNotFound;
import org.labourhub.riskmaps.CountriesToWorkFor;
import org.labourhub.riskmaps.Dataset;
import org.labourhub.riskmaps.DatasetKind;
import org.labourhub.riskmaps.Datasets;
import org.labourhub.riskmaps.RiskmapsPolicy;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Locale;

/**
 * A dataset's page, for its uploader and the secretariat only: what it is, its variables with their type, label,
 * missing values, a few values and range; and the deletion of its microdata (the runs made from it keep their
 * results, and its description stays).
 */
@Controller
class DatasetController {

    private final Datasets datasets;
    private final DatasetFiles files;
    private final RiskmapsPolicy policy;
    private final CountriesToWorkFor countries;

    DatasetController(Datasets datasets, DatasetFiles files, RiskmapsPolicy policy, CountriesToWorkFor countries) {
        this.datasets = datasets;
        this.files = files;
        this.policy = policy;
        this.countries = countries;
    }

    @GetMapping("/riskmaps/datasets/{id}")
    String show(@PathVariable long id, Locale locale, Model model) {
        Dataset dataset = readable(datasets, policy, id);
        model.addAttribute("dataset", dataset);
        model.addAttribute("countryName", countries.name(dataset.country(), locale));
        model.addAttribute("mappable", !dataset.isDeleted()
                && (dataset.kind() == DatasetKind.SURVEY || dataset.kind() == DatasetKind.CENSUS));
        return "riskmaps/datasets/dataset";
    }

    @PostMapping("/riskmaps/datasets/{id}/delete")
    String delete(@PathVariable long id, @RequestParam int version, Locale locale, Model model) {
        Actor actor = Actor.current();
        Dataset before = datasets.find(id).orElseThrow(() -> new RecordNotFound("dataset", id));
        RiskmapsPolicy.require(policy.mayDeleteMicrodata(actor, before), "delete dataset " + id);
        if (before.isDeleted()) {
            return "redirect:/riskmaps/datasets/" + id;
        }
        try {
            datasets.markDeleted(withVersion(before, version), actor.username());
        } catch (ConcurrentEdit changed) {
            model.addAttribute("conflict", true);
            return show(id, locale, model);
        }
        files.removeMicrodata(before.storedFile());
        return "redirect:/riskmaps/datasets/" + id + "?deleted";
    }

    /** The dataset, or a refusal unless the actor may see its microdata. */
    static Dataset readable(Datasets datasets, RiskmapsPolicy policy, long id) {
        Dataset dataset = datasets.find(id).orElseThrow(() -> new RecordNotFound("dataset", id));
        RiskmapsPolicy.require(policy.mayReadMicrodata(Actor.current(), dataset), "dataset " + id);
        return dataset;
    }

    private static Dataset withVersion(Dataset d, int version) {
        return new Dataset(d.id(), d.country(), d.kind(), d.name(), d.round(), d.format(), d.originalName(),
                d.storedFile(), d.engineFile(), d.bytes(), d.sha256(), d.rows(), d.variables(), d.uploadedBy(),
                d.uploadedAt(), d.deletedAt(), version);
    }
}
