package org.labourhub.riskmaps.boundaries;

/** A bounding box in degrees of longitude and latitude (WGS 84). */
public record Bbox(double minLon, double minLat, double maxLon, double maxLat) {

    public Bbox {
        if (!(minLon <= maxLon && minLat <= maxLat)) {
            throw new IllegalArgumentException("A bounding box's minimum exceeds its maximum");
        }
    }
}
