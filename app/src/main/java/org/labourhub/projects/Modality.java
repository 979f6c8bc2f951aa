package org.labourhub.projects;

/** How the cooperation is arranged (seed 000: bilateral, multilateral, South–South, triangular, horizontal). */
public enum Modality {
    BILATERAL, MULTILATERAL, SOUTH_SOUTH, TRIANGULAR, HORIZONTAL
}
