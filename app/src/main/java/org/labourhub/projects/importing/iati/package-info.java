/**
 * IATI 2.03 files: read in (checked against the schema and the standard's rules, as the IATI Validator grades them)
 * as a background import, and written back out for a project or a search's results.
 */
package org.labourhub.projects.importing.iati;
