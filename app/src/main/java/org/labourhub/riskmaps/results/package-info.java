/**
 * What a finished run shows: the landing page of the risk maps, a run's overview (inputs in words, diagnostics,
 * sharing and publishing), the harmonisation check, the model report, the direct SDG 8.7.1 estimates, the territory
 * table with its downloads (CSV, XLSX, GeoJSON), the choropleth map, each territory's fiche (page and PDF, and all of
 * a run's fiches as one PDF) and two runs compared. Every read asks {@code RiskmapsPolicy.maySee}; a run the reader
 * may not see is "not found".
 */
package org.labourhub.riskmaps.results;
