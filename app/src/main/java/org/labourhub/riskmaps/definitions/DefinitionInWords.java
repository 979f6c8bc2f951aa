package org.labourhub.riskmaps.definitions;

import org.labourhub.risk.survey.ChildLabourDefinition;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * A definition of child labour said in the reader's language: who counts at which age and hours, then whether
 * household chores count. Shown on the definition's page and before a run, so that whoever starts it reads what the
 * model will count as child labour.
 */
@Component
public class DefinitionInWords {

    private final MessageSource messages;

    DefinitionInWords(MessageSource messages) {
        this.messages = messages;
    }

    /** The sentences that say the definition: the ages and hours of economic activity, then household chores. */
    public List<String> sentences(ChildLabourDefinition rules, Locale locale) {
        String economic = messages.getMessage("riskmaps.definitions.words.economic", new Object[] {
                rules.minAge(), rules.youngMaxAge(), hours(rules.youngMinHours()),
                rules.youngMaxAge() + 1, rules.middleMaxAge(), hours(rules.middleMinHours()),
                rules.middleMaxAge() + 1, rules.maxAge(), hours(rules.oldestMaxHours())}, locale);
        String chores = rules.countChores()
                ? messages.getMessage("riskmaps.definitions.words.chores", new Object[] {
                        rules.minAge(), rules.middleMaxAge(), hours(rules.choresMaxHours())}, locale)
                : messages.getMessage("riskmaps.definitions.words.noChores", null, locale);
        return List.of(economic, chores);
    }

    /** The whole definition as one paragraph. */
    public String paragraph(ChildLabourDefinition rules, Locale locale) {
        return String.join(" ", sentences(rules, locale));
    }

    /** Hours as the message formats them: 1, 14, 1.5 (never 1.0). */
    private static BigDecimal hours(double value) {
        BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
        return exact.scale() < 0 ? exact.setScale(0) : exact;
    }
}
