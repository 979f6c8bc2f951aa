/**
 * Where high risk meets no intervention: for a finished run, the territories at its highest level with the projects
 * and plan activities that name them, those that none names first; a page with that list and a map of the run's
 * levels with the interventions over them, its data as JSON, and a section of the country profile showing the
 * latest run the reader may see. Projects and activities come from their modules' public API, for the whole country
 * at once, with the reader's right to see them.
 */
package org.labourhub.riskmaps.coverage;
