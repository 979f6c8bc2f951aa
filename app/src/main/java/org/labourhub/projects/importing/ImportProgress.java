package org.labourhub.projects.importing;

/** How far an import has read its file, in bytes, for its job's progress bar (IATI files and spreadsheets alike). */
public interface ImportProgress {
    void at(long done, long total);
}
