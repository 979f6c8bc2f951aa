/**
 * Survey and census microdata files read as streams of rows: CSV, XLSX, Stata {@code .dta} and SPSS {@code .sav}
 * (and {@code .zsav}), each through a {@link org.labourhub.riskmaps.datasets.formats.MicrodataReader} that holds one
 * row at a time, so a ten-million-row census costs the memory of one row. The readers share one model
 * ({@link org.labourhub.riskmaps.datasets.formats.Variable}, {@link org.labourhub.riskmaps.datasets.formats.Row}),
 * one summary pass ({@link org.labourhub.riskmaps.datasets.formats.VariableSummary}) and one converter to the risk
 * engine's CSV ({@link org.labourhub.riskmaps.datasets.formats.EngineCsv}). Every problem is a
 * {@link org.labourhub.riskmaps.datasets.formats.MicrodataProblem}: a message key under {@code riskmaps.formats.} with
 * its arguments and the place in the file, for the web layer to say in the reader's language. Plain Java, no Spring.
 */
package org.labourhub.riskmaps.datasets.formats;
