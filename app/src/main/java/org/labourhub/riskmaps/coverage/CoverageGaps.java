package org.labourhub.riskmaps.coverage;

import org.labourhub.accounts.Actor;
import org.labourhub.plans.ActivityTerritories;
import org.labourhub.projects.ProjectTerritories;
import org.labourhub.riskmaps.ModelRun;
import org.labourhub.riskmaps.ModelRuns;
import org.labourhub.riskmaps.RiskmapsPolicy;
import org.labourhub.riskmaps.RunSummary;
import org.labourhub.riskmaps.Territories;
import org.labourhub.riskmaps.TerritoryResult;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Sets a run's territories beside the projects and plan activities that name them. Codes are compared as text, case
 * aside. What the reader may not see is never asked for: the run is checked first, and the projects and activities
 * come filtered by the reader's rights.
 */
@Component
public class CoverageGaps {

    private final ModelRuns runs;
    private final Territories territories;
    private final RiskmapsPolicy policy;
    private final ProjectTerritories projects;
    private final ActivityTerritories activities;
    private final RunBoundaries boundaries;

    CoverageGaps(ModelRuns runs, Territories territories, RiskmapsPolicy policy, ProjectTerritories projects,
                 ActivityTerritories activities, RunBoundaries boundaries) {
        this.runs = runs;
        this.territories = territories;
        this.policy = policy;
        this.projects = projects;
        this.activities = activities;
        this.boundaries = boundaries;
    }

    /** The coverage of a finished run the actor may see; empty otherwise. */
    public Optional<RunCoverage> of(Actor actor, long runId) {
        return runs.find(runId).filter(ModelRun::isFinished).filter(run -> policy.maySee(actor, run))
                .flatMap(run -> runs.summary(run.id()).map(summary -> coverage(actor, run, summary)));
    }

    /** The coverage of the latest finished run of the country that the actor may see, if there is one. */
    public Optional<RunCoverage> latest(Actor actor, String country) {
        return runs.latestVisible(actor, country).flatMap(run -> of(actor, run.id()));
    }

    private RunCoverage coverage(Actor actor, ModelRun run, RunSummary summary) {
        int levels = summary.levels().count();
        Map<String, List<Intervention>> working = interventions(actor, run.country());
        Map<String, String> names = run.boundarySetId() == null ? Map.of() : boundaries.names(run.boundarySetId());
        var all = new ArrayList<CoveredTerritory>();
        for (TerritoryResult t : territories.of(run.id())) {
            all.add(new CoveredTerritory(t, names.getOrDefault(t.code(), t.region()),
                    working.getOrDefault(key(t.code()), List.of())));
        }
        var high = all.stream().filter(t -> t.territory().level() >= levels)
                .sorted(Comparator.comparing((CoveredTerritory t) -> !t.isGap())
                        .thenComparingInt(t -> t.territory().rank()))
                .toList();
        return new RunCoverage(run, levels, high, all);
    }

    /** The projects and activities of the country the actor may see, by territory code. */
    private Map<String, List<Intervention>> interventions(Actor actor, String country) {
        var byCode = new HashMap<String, List<Intervention>>();
        for (var p : projects.visibleTo(actor, country)) {
            var intervention = new Intervention(Intervention.Kind.PROJECT, p.id(), null, p.title(), !p.published(),
                    p.training());
            p.territories().forEach(code -> byCode.computeIfAbsent(key(code), c -> new ArrayList<>()).add(intervention));
        }
        for (var a : activities.visibleTo(actor, country)) {
            var intervention = new Intervention(Intervention.Kind.ACTIVITY, a.id(), a.planId(), a.title(), a.draft(),
                    false);
            a.territories().forEach(code -> byCode.computeIfAbsent(key(code), c -> new ArrayList<>()).add(intervention));
        }
        return byCode;
    }

    private static String key(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }
}
