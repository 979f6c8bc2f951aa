/**
 * Datasets: a country's survey, census, indicator or observed-rate files uploaded, read in the background (format
 * checked by reading, variables summarised, a copy written in the engine's CSV), listed with their variables to the
 * uploader and the secretariat only, deleted by them; and the mapping of a file's variables to the model's roles,
 * saved by name to be used again with the next round ({@link org.labourhub.riskmaps.datasets.Mappings}). The file
 * formats themselves are read in {@code formats}. Uses the module's core only.
 */
package org.labourhub.riskmaps.datasets;
