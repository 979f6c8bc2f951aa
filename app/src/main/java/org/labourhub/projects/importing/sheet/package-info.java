/**
 * Spreadsheet import: XLSX and CSV files read row by row, their columns matched to project fields on the mapping
 * screen, each row checked and imported as a background job.
 */
package org.labourhub.projects.importing.sheet;
