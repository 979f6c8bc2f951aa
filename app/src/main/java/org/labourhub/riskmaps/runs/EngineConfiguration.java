package org.labourhub.riskmaps.runs;

import org.labourhub.risk.survey.ChildLabourDefinition;
import org.labourhub.riskmaps.MappedCovariate;
import org.labourhub.riskmaps.Mapping;
import org.labourhub.riskmaps.Role;
import org.labourhub.riskmaps.RunInputs;
import org.labourhub.riskmaps.RunOptions;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The engine's configuration ({@code risk.properties}, keys in the risk-engine README) for a run: the columns under
 * the names {@link EngineColumns} gives them, the covariates, the definition and the options.
 */
final class EngineConfiguration {

    private static final Map<Role, String> KEYS = Map.ofEntries(
            Map.entry(Role.ID, "column.id"), Map.entry(Role.HOUSEHOLD, "column.household"),
            Map.entry(Role.PSU, "column.psu"), Map.entry(Role.STRATUM, "column.stratum"),
            Map.entry(Role.WEIGHT, "column.weight"), Map.entry(Role.AGE, "column.age"),
            Map.entry(Role.SEX, "column.sex"), Map.entry(Role.ECONOMIC_HOURS, "column.hours.economic"),
            Map.entry(Role.CHORE_HOURS, "column.hours.chores"), Map.entry(Role.HAZARDOUS, "column.hazardous"),
            Map.entry(Role.WORST_FORMS, "column.worst.forms"), Map.entry(Role.OUTCOME, "column.outcome"),
            Map.entry(Role.TERRITORY, "column.territory"), Map.entry(Role.REGION, "column.region"));

    private EngineConfiguration() {
    }

    static Properties of(RunInputs inputs) {
        var p = new Properties();
        Mapping survey = inputs.surveyMapping();
        Mapping census = inputs.censusMapping();
        survey.roles().forEach((role, variable) -> {
            if (variable != null && !variable.isBlank() && (role != Role.REGION || census.variable(Role.REGION).isPresent())) {
                p.setProperty(KEYS.get(role), EngineColumns.of(role));
            }
        });
        p.setProperty("sex.male", survey.maleCode());
        p.setProperty("sex.female", survey.femaleCode());
        var names = new StringBuilder();
        for (MappedCovariate c : survey.covariates()) {
            String name = c.variable();
            names.append(names.isEmpty() ? "" : ",").append(name);
            p.setProperty("covariate." + name + ".column", EngineColumns.covariateColumn(survey, name));
            p.setProperty("covariate." + name + ".type", c.categorical() ? "categorical" : "numeric");
            if (c.categorical()) {
                p.setProperty("covariate." + name + ".reference", c.reference());
            }
        }
        p.setProperty("covariates", names.toString());
        ChildLabourDefinition d = inputs.definition().rules();
        p.setProperty("definition.age.min", String.valueOf(d.minAge()));
        p.setProperty("definition.young.max.age", String.valueOf(d.youngMaxAge()));
        p.setProperty("definition.middle.max.age", String.valueOf(d.middleMaxAge()));
        p.setProperty("definition.age.max", String.valueOf(d.maxAge()));
        p.setProperty("definition.young.min.hours", String.valueOf(d.youngMinHours()));
        p.setProperty("definition.middle.min.hours", String.valueOf(d.middleMinHours()));
        p.setProperty("definition.oldest.max.hours", String.valueOf(d.oldestMaxHours()));
        p.setProperty("definition.chores", String.valueOf(d.countChores()));
        p.setProperty("definition.chores.max.hours", String.valueOf(d.choresMaxHours()));
        RunOptions o = inputs.options();
        p.setProperty("levels.count", String.valueOf(o.levels()));
        p.setProperty("levels.method", o.levelMethod().toLowerCase(Locale.ROOT).replace('_', '-'));
        p.setProperty("simulation.draws", String.valueOf(o.draws()));
        p.setProperty("simulation.seed", String.valueOf(o.seed()));
        p.setProperty("harmonisation.max.gap", String.valueOf(o.maxShareGap()));
        p.setProperty("outcome.blank", o.blankOutcomes().toLowerCase(Locale.ROOT));
        p.setProperty("variance.lonely.psu", "adjust");
        return p;
    }
}
