package org.labourhub.projects;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.ULocale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The currencies the secretariat's exchange rates know (the US dollar, which they are counted in, and every currency
 * with a rate), to choose from where an amount's currency is asked for.
 */
@Component
public class KnownCurrencies {

    private final JdbcClient jdbc;

    KnownCurrencies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A currency as a reader chooses it: its ISO 4217 code and its name in the reader's language. */
    record Choice(String code, String name) {
    }

    /** Every known currency, named in the reader's language and sorted by that language's collation. */
    public List<Choice> choices(Locale locale) {
        ULocale reader = ULocale.forLocale(locale);
        Collator collator = Collator.getInstance(reader);
        return codes().stream()
                .map(code -> new Choice(code, Currency.getInstance(code).getName(reader, Currency.LONG_NAME, null)))
                .sorted(Comparator.comparing(Choice::name, collator))
                .toList();
    }

    public boolean isKnown(String code) {
        return code != null && codes().contains(code);
    }

    private TreeSet<String> codes() {
        var codes = new TreeSet<>(jdbc.sql("select distinct currency from projects.exchange_rate").query(String.class).list());
        codes.add("USD");
        return codes;
    }
}
