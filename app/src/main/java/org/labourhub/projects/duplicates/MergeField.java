package org.labourhub.projects.duplicates;

import org.labourhub.projects.Project;

import java.util.function.Predicate;

/**
 * A part of a project whose value a merge takes from one record or the other, as the reader chooses. List-like
 * parts can also keep both records' items; the others come whole from one record.
 */
enum MergeField {
    TITLE(false, p -> true),
    DESCRIPTION(false, p -> p.description() != null),
    REPORTING_ORG(false, p -> p.reportingOrgName() != null || p.reportingOrgRef() != null),
    STATUS(false, p -> p.status() != null),
    PLANNED_DATES(false, p -> p.dates().plannedStart() != null || p.dates().plannedEnd() != null),
    ACTUAL_DATES(false, p -> p.dates().actualStart() != null || p.dates().actualEnd() != null),
    MODALITY(false, p -> p.modality() != null),
    PARTICIPANTS(true, p -> !p.participants().isEmpty()),
    PLACES(true, p -> !p.countries().isEmpty() || !p.regions().isEmpty()),
    SECTORS(true, p -> !p.sectors().isEmpty()),
    THEMES(true, p -> !p.themes().isEmpty()),
    SDG_TARGETS(true, p -> !p.sdgTargets().isEmpty()),
    BUDGETS(true, p -> !p.budgets().isEmpty()),
    TRANSACTIONS(true, p -> !p.transactions().isEmpty()),
    RESULTS(true, p -> !p.results().isEmpty()),
    DOCUMENTS(true, p -> !p.documents().isEmpty()),
    /** The text on what the sources say and do not say, kept beside the project rather than in it. */
    FACTS(false, p -> false);

    /** Which record a merged field comes from: the kept one, the one merged into it, or both (list-like fields). */
    enum Side { KEPT, MERGED, BOTH }

    private final boolean combinable;
    private final Predicate<Project> present;

    MergeField(boolean combinable, Predicate<Project> present) {
        this.combinable = combinable;
        this.present = present;
    }

    /** Whether both records' items can be kept together. */
    boolean combinable() {
        return combinable;
    }

    /** Whether the project has a value for this field ({@link #FACTS} is asked of the facts themselves). */
    boolean in(Project project) {
        return present.test(project);
    }
}
