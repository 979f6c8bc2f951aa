package org.labourhub.platform.database;

import java.nio.file.Path;

/** Another LabourHub runs on this data folder; this start stops before touching its server or its files. */
final class DataFolderInUse extends IllegalStateException {

    static final String WHAT_TO_DO = "Stop the other LabourHub first, or give this one a data folder of its own: "
            + "LABOURHUB_HOME=/another/folder (and another PORT if the other one uses the same).";

    private final String description;

    DataFolderInUse(Path folder, Long holder) {
        this("The data folder " + folder + " is in use by another LabourHub ("
                + (holder == null ? "process id unknown" : "process " + holder) + "). This start stopped without "
                + "touching it or its database server.");
    }

    private DataFolderInUse(String description) {
        super(description + " " + WHAT_TO_DO);
        this.description = description;
    }

    String description() {
        return description;
    }
}
