package org.labourhub.projects;

/** Where a project record came from. */
public enum Source {
    IATI, ILO_INVENTORY, OAS_PORTFOLIO, COUNTRY, SPREADSHEET
}
