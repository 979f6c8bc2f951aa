package org.labourhub.projects.search;

import org.labourhub.platform.i18n.Language;
import org.labourhub.platform.i18n.MultilingualText;
import org.labourhub.projects.IatiCodes;
import org.springframework.stereotype.Component;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The facets of the project list: counted over a search's matches in memory, labelled and ordered for a reader. */
@Component
class Facets {

    static final List<String> NAMES = List.of("country", "theme", "funder", "status", "modality", "year");
    /** Themes, statuses and modalities are few; the limit guards against a source with codes of its own. */
    private static final int MAX_VALUES = 30;
    private static final int MAX_YEARS = 40;

    private final Listing listing;

    Facets(Listing listing) {
        this.listing = listing;
    }

    /** Every facet counted over the matches, values unlabelled and in no order. */
    List<Facet> count(long[] matched) {
        return listing.projects().count(matched, LocalDate.now().getYear());
    }

    /**
     * The counts for a reader. Countries and funders are lists a reader looks a name up in: in the reader's collation
     * order and complete, every country the directory knows included (with 0 where no matching project has it), so
     * that each can be chosen in every language. Themes, statuses and modalities come most frequent first, years
     * latest first.
     */
    List<Facet> label(List<Facet> counted, Language language) {
        Map<String, MultilingualText> countries = listing.countries();
        Comparator<Facet.Value> byLabel = byLabel(language);
        return NAMES.stream().map(name -> {
            List<Facet.Value> values = counted.stream().filter(f -> f.name().equals(name)).findFirst().map(Facet::values).orElse(List.of());
            return new Facet(name, switch (name) {
                case "year" -> values.stream().sorted(Comparator.comparing(Facet.Value::value).reversed()).limit(MAX_YEARS).toList();
                case "country" -> everyCountry(values, countries, language).stream().sorted(byLabel).toList();
                case "funder" -> values.stream().sorted(byLabel).toList();
                default -> values.stream().sorted(Comparator.comparingLong(Facet.Value::count).reversed()
                        .thenComparing(Facet.Value::label)).limit(MAX_VALUES).toList();
            });
        }).toList();
    }

    /**
     * Every country of the directory with its count (0 when no match has it), and any other country counted (one a
     * project names that the directory does not list, such as Kosovo), named as IATI's Country codelist names it.
     */
    private static List<Facet.Value> everyCountry(List<Facet.Value> counted, Map<String, MultilingualText> countries, Language language) {
        Map<String, Long> counts = new HashMap<>();
        counted.forEach(v -> counts.put(v.value(), v.count()));
        var values = new ArrayList<Facet.Value>();
        countries.forEach((code, name) -> values.add(new Facet.Value(code, name.in(language), counts.getOrDefault(code, 0L))));
        counted.stream().filter(v -> !countries.containsKey(v.value())).map(v -> new Facet.Value(v.value(),
                IatiCodes.countryName(v.value(), language.locale()).orElse(v.value()), v.count()))
                .forEach(values::add);
        return values;
    }

    private static Comparator<Facet.Value> byLabel(Language language) {
        Collator collator = Collator.getInstance(language.locale());
        collator.setStrength(Collator.PRIMARY);
        return Comparator.comparing(Facet.Value::label, collator).thenComparing(Facet.Value::value);
    }
}
