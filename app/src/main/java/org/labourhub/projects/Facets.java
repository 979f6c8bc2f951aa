package org.labourhub.projects;

import org.labourhub.platform.i18n.Language;
import org.labourhub.platform.i18n.MultilingualText;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The facets of the project list: counted over a search's matches in memory, labelled and ordered for a reader. */
@Component
class Facets {

    static final List<String> NAMES = List.of("country", "theme", "funder", "status", "modality", "year");
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

    /** The counts for a reader: countries named in the reader's language, most frequent first, years latest first. */
    List<Facet> label(List<Facet> counted, Language language) {
        Map<String, MultilingualText> countries = listing.countries();
        return NAMES.stream().map(name -> {
            List<Facet.Value> values = counted.stream().filter(f -> f.name().equals(name)).findFirst().map(Facet::values).orElse(List.of());
            if (name.equals("year")) {
                return new Facet(name, values.stream().sorted(Comparator.comparing(Facet.Value::value).reversed()).limit(MAX_YEARS).toList());
            }
            return new Facet(name, values.stream()
                    .map(v -> name.equals("country") && countries.containsKey(v.value())
                            ? new Facet.Value(v.value(), countries.get(v.value()).in(language), v.count()) : v)
                    .sorted(Comparator.comparingLong(Facet.Value::count).reversed().thenComparing(Facet.Value::label))
                    .limit(MAX_VALUES).toList());
        }).toList();
    }
}
