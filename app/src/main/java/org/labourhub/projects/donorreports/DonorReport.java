package org.labourhub.projects.donorreports;

import org.labourhub.projects.Project;
import org.labourhub.projects.monitoring.Bottleneck;
import org.labourhub.projects.monitoring.Delivery;

import java.time.LocalDate;
import java.util.List;

/**
 * The standard donor progress report (seed 003): for each project, its identification, its financial progress
 * (budget, expenditure and delivery by year, time elapsed) against its results, and the bottlenecks flagged.
 * A donor's portfolio report holds every project the donor funds, with a summary first. {@code fictional} counts the
 * projects of the report that are fictional training data, which the report then says.
 */
record DonorReport(String donor, LocalDate asOf, List<Section> sections, long fictional) {

    /** Whether some of the report's projects are fictional training data. */
    boolean includesFictional() {
        return fictional > 0;
    }

    /** Whether every project of the report is fictional training data. */
    boolean isFictional() {
        return fictional > 0 && fictional == sections.size();
    }

    /** One project's part of the report. */
    record Section(long id, Project project, Delivery.Report delivery, List<Bottleneck> bottlenecks,
                   LocalDate lastProgressReport) {
    }
}
