package org.labourhub.projects.search;

import org.labourhub.directory.CountrySection;
import org.labourhub.platform.i18n.Language;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * The country profile's projects section: the published projects that have the country among their recipients,
 * newest first, drawn by {@code projects/country-section}.
 */
@Component
public class CountryProjects implements CountrySection {

    private final ProjectSearch search;

    CountryProjects(ProjectSearch search) {
        this.search = search;
    }

    /** A country's projects: the first page of rows and how many there are in all. */
    public record Listing(String country, List<ProjectRow> rows, long total) {
        /** Whether some of the rows are fictional training data (the section then says so). */
        public boolean includesTraining() {
            return rows.stream().anyMatch(ProjectRow::training);
        }
    }

    @Override
    public Placement placement() {
        return new Placement(10, "projects", "projects.country.title", "projects/country-section");
    }

    @Override
    public Listing content(String iso2, Locale locale) {
        var query = new ProjectQuery(null, iso2, null, null, null, null, null, 0);
        var page = search.rowsOnly(query, Language.of(locale));
        return new Listing(iso2, page.rows(), page.total());
    }
}
