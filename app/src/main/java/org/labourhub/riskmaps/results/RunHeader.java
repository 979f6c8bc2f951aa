package org.labourhub.riskmaps.results;

import org.labourhub.directory.Directory;
import org.labourhub.platform.web.Choice;
import org.labourhub.riskmaps.ModelRun;
import org.labourhub.riskmaps.RunState;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.util.Locale;

/**
 * What the top of every page of a run shows (fragment {@code riskmaps/results/parts :: header}): its title, country,
 * state, who sees it and the synthetic-data banner; and {@code words} for the rest of the page.
 */
@Component
class RunHeader {

    private final Directory directory;
    private final MessageSource messages;

    RunHeader(Directory directory, MessageSource messages) {
        this.directory = directory;
        this.messages = messages;
    }

    RunWords add(ModelRun run, Locale locale, Model model) {
        RunWords words = RunWords.of(locale, messages);
        model.addAttribute("run", run);
        model.addAttribute("countryName", countryName(run.country(), locale));
        model.addAttribute("words", words);
        model.addAttribute("underWay", run.state().isUnderWay());
        model.addAttribute("checked", run.state() == RunState.CHECKED);
        return words;
    }

    String countryName(String iso2, Locale locale) {
        return directory.countryChoice(iso2, locale).map(Choice::label).orElse(iso2);
    }
}
