package org.labourhub.projects;

import org.labourhub.platform.i18n.Language;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * What other modules (and their templates) may read of a country's projects: the published projects that have the
 * country among their recipients, newest first. The directory's country profile includes
 * {@code projects/country-section :: section(code)}, which reads it as {@code @countryProjects}.
 */
@Component("countryProjects")
public class CountryProjects {

    private final ProjectSearch search;

    CountryProjects(ProjectSearch search) {
        this.search = search;
    }

    /** A country's projects: the first page of rows and how many there are in all. */
    public record Listing(List<ProjectRow> rows, long total) {
        /** Whether some of the rows are fictional training data (the section then says so). */
        public boolean includesTraining() {
            return rows.stream().anyMatch(ProjectRow::training);
        }
    }

    public Listing of(String iso2, Locale locale) {
        var query = new ProjectQuery(null, iso2, null, null, null, null, null, 0);
        var page = search.rowsOnly(query, Language.of(locale));
        return new Listing(page.rows(), page.total());
    }
}
