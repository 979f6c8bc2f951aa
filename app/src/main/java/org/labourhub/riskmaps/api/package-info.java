/**
 * The risk maps as JSON under {@code /api/riskmaps}: the runs the caller may see, a run's summary, its territory
 * table and its territories as GeoJSON, with the same visibility as the pages.
 */
package org.labourhub.riskmaps.api;
