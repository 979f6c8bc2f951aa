package org.labourhub.directory;

import jakarta.servlet.http.HttpServletRequest;
import org.labourhub.platform.i18n.Language;
import org.labourhub.platform.web.Htmx;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Locale;

/** The roster of experts with its filters. */
@Controller
class ExpertController {

    private final ExpertRoster roster;
    private final Countries countries;

    ExpertController(ExpertRoster roster, Countries countries) {
        this.roster = roster;
        this.countries = countries;
    }

    @GetMapping("/experts")
    String list(@RequestParam(required = false) String area, @RequestParam(required = false) String country,
                @RequestParam(required = false) String language,
                HttpServletRequest request, Locale locale, Model model) {
        String iso2 = countries.exists(country) ? country : null;
        String code = Language.ofCode(language).map(Language::code).orElse(null);
        String areaFilter = FieldRules.orNull(area);
        model.addAttribute("rows", roster.find(areaFilter, iso2, code, locale));
        model.addAttribute("areas", roster.areas(locale));
        // every country, not only those with experts today: the list is the same in every filter and language
        model.addAttribute("countries", Choices.countries(countries.all(), locale));
        model.addAttribute("area", areaFilter);
        model.addAttribute("country", iso2);
        model.addAttribute("language", code);
        return Htmx.view(request, "directory/experts", "results");
    }
}
