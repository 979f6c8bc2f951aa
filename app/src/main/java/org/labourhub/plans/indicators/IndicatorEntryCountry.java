package org.labourhub.plans.indicators;

import org.labourhub.platform.CountryCodes;
import org.springframework.ui.Model;

import java.util.List;
import java.util.Locale;

/** The country of an indicator's value, chosen by name through the directory's type-ahead (never typed as a code). */
final class IndicatorEntryCountry {

    static final String SOURCE = "/countries/suggestions";

    private IndicatorEntryCountry() {
    }

    /** What the form's type-ahead shows: the chosen country's name, and every country for a reader without script. */
    static void offer(CountryCodes countries, IndicatorEntryForm form, Model model, Locale locale) {
        String code = form == null ? "" : form.getCountry().strip();
        model.addAttribute("countryChosen", code.isEmpty() ? List.of() : countries.countryChoice(code, locale).stream().toList());
        model.addAttribute("countryOptions", countries.countryChoices(locale));
        model.addAttribute("countrySource", SOURCE);
    }
}
