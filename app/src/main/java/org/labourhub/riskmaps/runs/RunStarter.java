package org.labourhub.riskmaps.runs;

import org.labourhub.accounts.Actor;
import org.labourhub.platform.jobs.Jobs;
import org.labourhub.risk.RiskRun;
import org.labourhub.riskmaps.Dataset;
import org.labourhub.riskmaps.DatasetKind;
import org.labourhub.riskmaps.DatasetVariable;
import org.labourhub.riskmaps.Datasets;
import org.labourhub.riskmaps.Definition;
import org.labourhub.riskmaps.MappedCovariate;
import org.labourhub.riskmaps.Mapping;
import org.labourhub.riskmaps.ModelRun;
import org.labourhub.riskmaps.ModelRuns;
import org.labourhub.riskmaps.RiskmapsPolicy;
import org.labourhub.riskmaps.Role;
import org.labourhub.riskmaps.RunInputs;
import org.labourhub.riskmaps.RunOptions;
import org.labourhub.riskmaps.datasets.FirstNonNumbers;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;
import java.util.Set;

/**
 * Starts a run once its inputs hold together: both files readable by the runner and of the run's country, each
 * mapping naming variables its file has, every required role given, the covariates in both files; the run is then
 * queued with everything that went into it, and its job submitted.
 */
@Component
public class RunStarter {

    private final Datasets datasets;
    private final ModelRuns runs;
    private final Jobs jobs;
    private final RiskmapsPolicy policy;
    private final FirstNonNumbers firstNonNumbers;

    RunStarter(Datasets datasets, ModelRuns runs, Jobs jobs, RiskmapsPolicy policy, FirstNonNumbers firstNonNumbers) {
        this.firstNonNumbers = firstNonNumbers;
        this.datasets = datasets;
        this.runs = runs;
        this.jobs = jobs;
        this.policy = policy;
    }

    /** What a run is asked to do. */
    public record Request(String country, String title, long surveyId, long censusId, Mapping surveyMapping,
                          Mapping censusMapping, Definition definition, RunOptions options, Long boundarySetId) {
    }

    /** Queues the run and its job; a {@link RunProblem} says why it cannot start. */
    @Transactional
    public ModelRun start(Actor actor, Request r, boolean synthetic) {
        RiskmapsPolicy.require(policy.mayRunFor(actor, r.country()), "run the model for " + r.country());
        if (r.title() == null || r.title().isBlank()) {
            throw new RunProblem("title", "riskmaps.runs.problem.title");
        }
        Dataset survey = usable(actor, r.surveyId(), DatasetKind.SURVEY, r.country(), "surveyId");
        Dataset census = usable(actor, r.censusId(), DatasetKind.CENSUS, r.country(), "censusId");
        check(r.surveyMapping(), survey, "surveyMapping");
        check(r.censusMapping(), census, "censusMapping");
        for (MappedCovariate c : r.surveyMapping().covariates()) {
            if (census.variable(c.variable()).isEmpty()) {
                throw new RunProblem("censusId", "riskmaps.runs.problem.covariateNotInCensus", c.variable(),
                        census.name());
            }
            if (c.categorical() && (c.reference() == null || c.reference().isBlank())) {
                throw new RunProblem("surveyMapping", "riskmaps.runs.problem.reference", c.labels().name());
            }
            if (!c.categorical()) {
                numericCovariate(c.variable(), survey, "surveyId");
                numericCovariate(c.variable(), census, "censusId");
            }
        }
        if (r.surveyMapping().covariates().isEmpty()) {
            throw new RunProblem("surveyMapping", "riskmaps.runs.problem.noCovariate");
        }
        var inputs = new RunInputs(file(survey), file(census), r.surveyMapping(), r.censusMapping(), r.definition(),
                r.options(), engineVersion());
        ModelRun run;
        try {
            run = runs.queue(r.country(), r.title().strip(), inputs, r.boundarySetId(), actor.username(), synthetic);
        } catch (ModelRuns.AlreadyUnderWay e) {
            throw new RunProblem(null, "riskmaps.runs.problem.twice");
        }
        long job = jobs.submit(RunJob.KIND, actor.username(), Map.of("run", run.id()));
        runs.attachJob(run.id(), job);
        return runs.find(run.id()).orElseThrow();
    }

    /** Makes a run stopped after its harmonisation check again with the same inputs, this time to the end. */
    @Transactional
    public ModelRun again(Actor actor, ModelRun checked) {
        RunInputs in = checked.inputs();
        RunOptions o = in.options();
        var options = new RunOptions(o.levels(), o.levelMethod(), o.draws(), o.seed(), o.blankOutcomes(), false,
                o.maxShareGap());
        return start(actor, new Request(checked.country(), checked.title(), in.survey().datasetId(),
                in.census().datasetId(), in.surveyMapping(), in.censusMapping(), in.definition(), options,
                checked.boundarySetId()), checked.synthetic());
    }

    private Dataset usable(Actor actor, long id, DatasetKind kind, String country, String field) {
        Dataset d = datasets.find(id).filter(found -> policy.mayReadMicrodata(actor, found))
                .orElseThrow(() -> new RunProblem(field, "riskmaps.runs.problem.noDataset"));
        if (d.kind() != kind) {
            throw new RunProblem(field, "riskmaps.runs.problem.kind." + kind.name(), d.name());
        }
        if (!d.country().equals(country)) {
            throw new RunProblem(field, "riskmaps.runs.problem.country", d.name());
        }
        if (d.isDeleted()) {
            throw new RunProblem(field, "riskmaps.runs.problem.deleted", d.name());
        }
        return d;
    }

    /** Every required role given, every variable named present in the file, numbers where numbers are needed. */
    private static void check(Mapping mapping, Dataset d, String field) {
        if (mapping == null) {
            throw new RunProblem(field, "riskmaps.runs.problem.noMapping", d.name());
        }
        for (Role role : Role.required(d.kind())) {
            if (mapping.variable(role).isEmpty()) {
                throw new RunProblem(field, "riskmaps.runs.problem.role." + role.name(), d.name());
            }
        }
        if (d.kind() == DatasetKind.SURVEY && mapping.variable(Role.OUTCOME).isEmpty()
                && mapping.variable(Role.ECONOMIC_HOURS).isEmpty()) {
            throw new RunProblem(field, "riskmaps.runs.problem.outcome", d.name());
        }
        Set<Role> numeric = Set.of(Role.WEIGHT, Role.AGE, Role.ECONOMIC_HOURS, Role.CHORE_HOURS, Role.HAZARDOUS,
                Role.WORST_FORMS, Role.OUTCOME);
        for (var e : mapping.roles().entrySet()) {
            if (e.getValue() == null || e.getValue().isBlank()) {
                continue;
            }
            DatasetVariable v = d.variable(e.getValue()).orElseThrow(() ->
                    new RunProblem(field, "riskmaps.runs.problem.variable", e.getValue(), d.name()));
            if (numeric.contains(e.getKey()) && !v.numeric()) {
                throw new RunProblem(field, "riskmaps.runs.problem.notNumeric", e.getValue(), d.name());
            }
        }
    }

    /** A covariate taken as a number must be one in both files; else the first value that is not, said by place. */
    private void numericCovariate(String variable, Dataset d, String field) {
        DatasetVariable v = d.variable(variable).orElseThrow(() ->
                new RunProblem(field, "riskmaps.runs.problem.variable", variable, d.name()));
        if (v.numeric()) {
            return;
        }
        FirstNonNumbers.Place p = firstNonNumbers.first(d, variable).orElseThrow(() ->
                new RunProblem(field, "riskmaps.runs.problem.notNumeric", variable, d.name()));
        throw new RunProblem(field, "riskmaps.runs.problem.covariateText", variable, d.name(), p.value(), p.file(),
                String.valueOf(p.line()), String.valueOf(p.column()), String.valueOf(p.cases()));
    }

    private static RunInputs.InputFile file(Dataset d) {
        return new RunInputs.InputFile(d.id(), d.name(), d.sha256(), d.rows());
    }

    /** The engine's version as its jar's manifest gives it, else its build's. */
    static String engineVersion() {
        String version = RiskRun.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }
}
