package org.labourhub.riskmaps.coverage;

import org.labourhub.riskmaps.TerritoryResult;

import java.util.List;

/** A territory of a run, its name from the run's boundaries when they name it, and who works in it. */
public record CoveredTerritory(TerritoryResult territory, String name, List<Intervention> interventions) {

    public CoveredTerritory {
        interventions = List.copyOf(interventions);
    }

    /** Whether no project or activity works in it. */
    public boolean isGap() {
        return interventions.isEmpty();
    }

    /** The name to show: the boundary's, else the region's, else the code. */
    public String label() {
        return name != null && !name.isBlank() ? name : territory.code();
    }
}
