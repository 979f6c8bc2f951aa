package org.labourhub.riskmaps.coverage;

import org.labourhub.accounts.Actor;
import org.labourhub.directory.CountrySection;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Optional;

/**
 * The country profile's risk-map section: for the latest run of the country the reader may see, a small map of its
 * levels with the interventions over them and the high-risk territories no project or activity works in, drawn by
 * {@code riskmaps/coverage/country-section}; when the reader may see no run, it says that none is published yet.
 */
@Component
class CoverageSection implements CountrySection {

    private final CoverageGaps gaps;
    private final MapLabels labels;

    CoverageSection(CoverageGaps gaps, MapLabels labels) {
        this.gaps = gaps;
        this.labels = labels;
    }

    /**
     * What the section shows: the country and the coverage of its latest visible run, if any, with the map's words.
     */
    record Shown(String country, Optional<RunCoverage> coverage, String mapLabels) {
    }

    @Override
    public Placement placement() {
        return new Placement(20, "risk-maps", "riskmaps.coverage.section.title", "riskmaps/coverage/country-section");
    }

    @Override
    public Shown content(String iso2, Locale locale) {
        var coverage = gaps.latest(Actor.current(), iso2);
        return new Shown(iso2, coverage, coverage.map(c -> labels.of(c.levels(), locale)).orElse(null));
    }
}
