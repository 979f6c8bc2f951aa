/**
 * Boundaries: the files that draw a country's territories. An analyst or the secretariat uploads GeoJSON, TopoJSON
 * or a zipped Shapefile, chooses the property that carries the territory code (and the one with its name), and
 * LabourHub keeps each territory's geometry simplified for the web with its name and bounding box. Other floors
 * read a set through {@link org.labourhub.riskmaps.boundaries.BoundarySets}: a country's sets, its latest, the
 * territories' codes and the whole set as one GeoJSON FeatureCollection.
 * <p>
 * The file readers and the simplifier are plain Java (Jackson's streaming parser and JTS), without Spring.
 */
package org.labourhub.riskmaps.boundaries;
