/**
 * Cooperation projects: one registry merged from the ILO inventory, the OAS portfolio, IATI files, spreadsheets and
 * countries' own entries, each project keeping the source records it came from; duplicate review and merge; IATI 2.03
 * import and export; delivery monitoring with bottleneck rules; donor progress reports; search with facets. It adds
 * its sections to the directory's country profile and organisation page ({@link org.labourhub.directory.CountrySection},
 * {@link org.labourhub.directory.OrganisationSection}) and its entry to the page header's navigation.
 *
 * <p>This package is the registry's core: a project and its parts, how it is stored and read, who may do what, the
 * audit trail's words for it, and the event announcing a change. Each activity has a floor of its own that uses the
 * core and never the other way round: {@code importing} (with {@code importing.iati} and {@code importing.sheet}),
 * {@code search}, {@code monitoring}, {@code duplicates}, {@code donorreports}, {@code entries}, {@code browsing} (a
 * project's page) and {@code demo}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Projects",
        allowedDependencies = {"directory", "accounts", "platform"})
package org.labourhub.projects;
