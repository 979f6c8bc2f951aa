/**
 * Cooperation projects: one registry merged from the ILO inventory, the OAS portfolio, IATI files, spreadsheets and
 * countries' own entries, each project keeping the source records it came from; duplicate review and merge; IATI 2.03
 * import and export; delivery monitoring with bottleneck rules; donor progress reports; search with facets. Other
 * modules read a country's projects through {@link org.labourhub.projects.CountryProjects}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Projects")
package org.labourhub.projects;
