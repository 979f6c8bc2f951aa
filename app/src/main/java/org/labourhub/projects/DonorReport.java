package org.labourhub.projects;

import java.time.LocalDate;
import java.util.List;

/**
 * The standard donor progress report (seed 003): for each project, its identification, its financial progress
 * (budget, expenditure and delivery by year, time elapsed) against its results, and the bottlenecks flagged.
 * A donor's portfolio report holds every project the donor funds, with a summary first.
 */
record DonorReport(String donor, LocalDate asOf, List<Section> sections) {

    /** One project's part of the report. */
    record Section(long id, Project project, Delivery.Report delivery, List<Bottleneck> bottlenecks,
                   LocalDate lastProgressReport) {
    }
}
