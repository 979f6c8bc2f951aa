/**
 * Cooperation projects: one registry merged from the ILO inventory, the OAS portfolio, IATI files, spreadsheets and
 * countries' own entries, each project keeping the source records it came from; duplicate review and merge; IATI 2.03
 * import and export; delivery monitoring with bottleneck rules; donor progress reports; search with facets. It adds
 * its sections to the directory's country profile and organisation page ({@link org.labourhub.directory.CountrySection},
 * {@link org.labourhub.directory.OrganisationSection}) and its entry to the page header's navigation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Projects")
package org.labourhub.projects;
