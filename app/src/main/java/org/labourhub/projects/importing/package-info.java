/**
 * Importing into the registry: the import page and its background jobs, the batches and writers that store what a
 * file gives, the uploaded files and their clean-up, the per-record report, the projects imported flagged with their
 * problems, and each project's source records (provenance). The IATI and spreadsheet readers live below it.
 */
package org.labourhub.projects.importing;
