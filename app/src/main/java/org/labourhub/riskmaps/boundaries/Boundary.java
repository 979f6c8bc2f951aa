package org.labourhub.riskmaps.boundaries;

/** A territory of a boundary set: its code, its name (null when the file gave none) and its bounding box. */
public record Boundary(String code, String name, Bbox bbox) {

    /** What a reader sees: the name, or the code when the file gave no name. */
    public String shownName() {
        return name == null ? code : name;
    }
}
