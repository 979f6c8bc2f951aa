package org.labourhub.training;

import org.labourhub.accounts.Actor;
import org.labourhub.accounts.Role;
import org.labourhub.platform.training.TrainingMode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;

/**
 * The administrator's switch for the fictional training data: how many fictional records of each kind there are,
 * "remove all" (after an explicit confirmation) and "load again".
 */
@Controller
@RequestMapping("/admin/training")
class TrainingDataController {

    private final TrainingDataSets sets;
    private final TrainingMode mode;

    TrainingDataController(TrainingDataSets sets, TrainingMode mode) {
        this.sets = sets;
        this.mode = mode;
    }

    @GetMapping
    String page(Model model) {
        requireAdministrator();
        Map<String, Long> counts = sets.counts();
        model.addAttribute("counts", counts);
        model.addAttribute("total", TrainingDataSets.total(counts));
        model.addAttribute("state", sets.state().orElse(null));
        model.addAttribute("offered", mode.isOn());
        return "training/admin";
    }

    @PostMapping("/remove")
    String remove(@RequestParam(required = false) String confirm) {
        requireAdministrator();
        if (!"yes".equals(confirm)) {
            return "redirect:/admin/training?unconfirmed";
        }
        sets.remove(Actor.current().username());
        return "redirect:/admin/training?removed";
    }

    @PostMapping("/load")
    String load() {
        requireAdministrator();
        if (!mode.isOn()) {
            return "redirect:/admin/training?off";
        }
        return sets.load(Actor.current().username(), true) ? "redirect:/admin/training?loaded" : "redirect:/admin/training?present";
    }

    private static void requireAdministrator() {
        if (!Actor.current().is(Role.ADMIN)) {
            throw new AccessDeniedException("Only an administrator loads or removes the training data");
        }
    }
}
