package org.labourhub.directory;

/** How much the directory holds, for the home page. */
public record DirectoryFigures(long countries, long organisations, long networks, long focalPoints) {
}
