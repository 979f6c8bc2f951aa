package org.labourhub.projects;

/** Where a project record came from; TRAINING is the fictional training data set. */
public enum Source {
    IATI, ILO_INVENTORY, OAS_PORTFOLIO, COUNTRY, SPREADSHEET, TRAINING
}
