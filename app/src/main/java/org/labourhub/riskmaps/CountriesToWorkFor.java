package org.labourhub.riskmaps;

import org.labourhub.accounts.Actor;
import org.labourhub.platform.CountryCodes;
import org.labourhub.platform.web.Choice;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The countries an actor may upload data, save definitions and mappings, and run the model for, as the choices of a
 * form (named in the reader's language): every country for analysts and the secretariat, their own for a
 * government focal point, none for anyone else.
 */
@Component
public class CountriesToWorkFor {

    private final CountryCodes countries;
    private final RiskmapsPolicy policy;

    CountriesToWorkFor(CountryCodes countries, RiskmapsPolicy policy) {
        this.countries = countries;
        this.policy = policy;
    }

    public List<Choice> choices(Actor actor, Locale locale) {
        return countries.countryChoices(locale).stream().filter(c -> policy.mayRunFor(actor, c.value())).toList();
    }

    /** The country the actor works for when there is only one (a focal point's own), else empty. */
    public Optional<String> only(Actor actor) {
        return actor.maintainsEverything() || actor.is(org.labourhub.accounts.Role.ANALYST) ? Optional.empty()
                : actor.country().filter(c -> policy.mayRunFor(actor, c));
    }

    /** The country's name in the reader's language; its code when the directory does not know it. */
    public String name(String code, Locale locale) {
        return countries.countryChoice(code, locale).map(Choice::label).orElse(code);
    }

    public boolean isKnown(String code) {
        return code != null && countries.isKnown(code);
    }
}
