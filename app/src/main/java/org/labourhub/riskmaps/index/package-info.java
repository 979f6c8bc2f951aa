/**
 * The vulnerability index, the model's variant for countries whose child-labour survey is missing, old or finds
 * too few cases: an analyst picks a country's table of territory indicators (an INDICATORS dataset), says which way
 * each indicator points and names it in the four languages, chooses the normalisation, the weighting (equal,
 * expert or the first principal component) and the levels; the index is computed at once by the engine's
 * {@code VulnerabilityIndex}, kept, and shown with its weights, its territory table, its map and a CSV download.
 * Who sees it follows the runs' rule ({@code RiskmapsPolicy.maySee}); it is shared and published as runs are.
 * Uses the core, the datasets floor (to read the table) and the results floor (level names).
 */
package org.labourhub.riskmaps.index;
