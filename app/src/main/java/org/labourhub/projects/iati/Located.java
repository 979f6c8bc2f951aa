package org.labourhub.projects.iati;

/** A line and column in the file, as the parser reported them at the start of an element. */
record Located(int line, int column) {
    static final Located FILE = new Located(0, 0);
}
