package org.labourhub.risk.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.labourhub.risk.csv.InputError;
import org.labourhub.risk.survey.ChildLabourDefinition;

/**
 * Reads a run's settings from a {@code key=value} file (Java properties syntax, UTF-8). Unknown keys are
 * errors, so a misspelt setting is never silently ignored. See {@code risk-engine/README.md} for every key.
 */
public final class ConfigFile {

    private static final Set<String> FIXED_KEYS = Set.of(
            "column.id", "column.household", "column.psu", "column.stratum", "column.weight", "column.age",
            "column.sex", "column.hours.economic", "column.hours.chores", "column.hazardous", "column.worst.forms",
            "column.territory", "column.region", "column.outcome", "outcome.blank", "sex.male", "sex.female", "covariates",
            "definition.age.min", "definition.age.max", "definition.young.max.age", "definition.middle.max.age",
            "definition.young.min.hours", "definition.middle.min.hours", "definition.oldest.max.hours",
            "definition.chores", "definition.chores.max.hours", "variance.lonely.psu", "simulation.draws",
            "simulation.seed", "simulation.sample.per.territory", "levels.count", "levels.method",
            "levels.weighted", "flags.min.children", "flags.max.interval.width", "harmonisation.max.gap",
            "benchmarking", "geojson.code.property", "language");

    private final Path file;
    private final Properties values;

    private ConfigFile(Path file, Properties values) {
        this.file = file;
        this.values = values;
    }

    public static RiskConfig load(Path file) {
        var values = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            values.load(reader);
        } catch (IOException e) {
            throw InputError.inFile(file, "the configuration cannot be read (" + e.getMessage() + ").");
        }
        return new ConfigFile(file, values).read();
    }

    private RiskConfig read() {
        rejectUnknownKeys();
        try {
            ChildLabourDefinition ilo = ChildLabourDefinition.ILO;
            var definition = new ChildLabourDefinition(
                    integer("definition.age.min", ilo.minAge()), integer("definition.young.max.age", ilo.youngMaxAge()),
                    integer("definition.middle.max.age", ilo.middleMaxAge()), integer("definition.age.max", ilo.maxAge()),
                    number("definition.young.min.hours", ilo.youngMinHours()),
                    number("definition.middle.min.hours", ilo.middleMinHours()),
                    number("definition.oldest.max.hours", ilo.oldestMaxHours()),
                    bool("definition.chores", false), number("definition.chores.max.hours", ilo.choresMaxHours()));
            return new RiskConfig(columns(), text("sex.male", "1"), text("sex.female", "2"), covariates(),
                    definition, choice("variance.lonely.psu", LonelyPsu.class, LonelyPsu.FAIL),
                    integer("simulation.draws", 200), integer("simulation.seed", 20180101),
                    integer("simulation.sample.per.territory", 250), integer("levels.count", 3),
                    choice("levels.method", LevelMethod.class, LevelMethod.NATURAL_BREAKS),
                    bool("levels.weighted", false), integer("flags.min.children", 100),
                    number("flags.max.interval.width", 0.10), number("harmonisation.max.gap", 0.05),
                    choice("benchmarking", Benchmarking.class, Benchmarking.NONE),
                    text("geojson.code.property", "code"), text("language", "en"),
                    choice("outcome.blank", BlankOutcome.class, BlankOutcome.REFUSE));
        } catch (IllegalArgumentException e) {
            throw InputError.inFile(file, e.getMessage() + ". Correct the configuration.");
        }
    }

    private void rejectUnknownKeys() {
        var unknown = new TreeSet<String>();
        for (String key : values.stringPropertyNames()) {
            if (!FIXED_KEYS.contains(key) && !key.startsWith("covariate.")) {
                unknown.add(key);
            }
        }
        if (!unknown.isEmpty()) {
            throw InputError.inFile(file, "unknown setting(s) " + unknown + ". Check the spelling against the "
                    + "list of settings in the risk-engine README.");
        }
    }

    private Columns columns() {
        return new Columns(optional("column.id"), optional("column.household"), required("column.psu"),
                required("column.stratum"), required("column.weight"), required("column.age"),
                required("column.sex"), optional("column.hours.economic"), optional("column.hours.chores"),
                optional("column.hazardous"), optional("column.worst.forms"), required("column.territory"),
                optional("column.region"), optional("column.outcome"));
    }

    /** {@code covariates=a,b,c}; {@code covariate.b.type=categorical}, {@code covariate.b.reference=...}. */
    private List<Covariate> covariates() {
        var list = new ArrayList<Covariate>();
        for (String name : required("covariates").split(",")) {
            String n = name.trim();
            if (n.isEmpty()) {
                continue;
            }
            String type = text("covariate." + n + ".type", "numeric").toLowerCase(Locale.ROOT);
            if (!type.equals("numeric") && !type.equals("categorical")) {
                throw new IllegalArgumentException("covariate." + n + ".type must be numeric or categorical");
            }
            String column = text("covariate." + n + ".column", n);
            boolean categorical = type.equals("categorical");
            String reference = optional("covariate." + n + ".reference").orElse(null);
            OptionalDouble numericReference = !categorical && reference != null
                    ? OptionalDouble.of(number("covariate." + n + ".reference", 0)) : OptionalDouble.empty();
            list.add(new Covariate(n, column, categorical, categorical ? reference : null, numericReference,
                    labels("covariate." + n + ".label."), levelLabels(n)));
        }
        return list;
    }

    /** {@code prefix + language = label} for the platform's languages. */
    private java.util.Map<String, String> labels(String prefix) {
        var labels = new java.util.HashMap<String, String>();
        for (String key : values.stringPropertyNames()) {
            if (key.startsWith(prefix)) {
                String language = key.substring(prefix.length());
                if (!Set.of("en", "es", "fr", "pt").contains(language)) {
                    throw new IllegalArgumentException(key + ": a label's language is en, es, fr or pt");
                }
                optional(key).ifPresent(label -> labels.put(language, label));
            }
        }
        return labels;
    }

    /** {@code covariate.NAME.level.VALUE.label.LANGUAGE = label}. */
    private java.util.Map<String, java.util.Map<String, String>> levelLabels(String name) {
        String prefix = "covariate." + name + ".level.";
        var levels = new java.util.HashMap<String, java.util.Map<String, String>>();
        for (String key : values.stringPropertyNames()) {
            int label = key.lastIndexOf(".label.");
            if (key.startsWith(prefix) && label > prefix.length()) {
                String level = key.substring(prefix.length(), label);
                levels.put(level, labels(prefix + level + ".label."));
            }
        }
        return levels;
    }

    private String required(String key) {
        return optional(key).orElseThrow(() -> new IllegalArgumentException("the setting " + key + " is missing"));
    }

    private Optional<String> optional(String key) {
        String value = values.getProperty(key);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private String text(String key, String fallback) {
        return optional(key).orElse(fallback);
    }

    private int integer(String key, int fallback) {
        return (int) Math.round(numberChecked(key, fallback, true));
    }

    private double number(String key, double fallback) {
        return numberChecked(key, fallback, false);
    }

    private double numberChecked(String key, double fallback, boolean whole) {
        Optional<String> value = optional(key);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            double d = Double.parseDouble(value.get());
            if (whole && d != Math.rint(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a " + (whole ? "whole " : "") + "number, not '"
                    + value.get() + "'");
        }
    }

    private boolean bool(String key, boolean fallback) {
        String value = text(key, String.valueOf(fallback)).toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException(key + " must be true or false, not '" + value + "'");
        }
        return Boolean.parseBoolean(value);
    }

    private <E extends Enum<E>> E choice(String key, Class<E> type, E fallback) {
        String value = text(key, fallback.name()).toUpperCase(Locale.ROOT).replace('-', '_');
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            var allowed = new ArrayList<String>();
            for (E constant : type.getEnumConstants()) {
                allowed.add(constant.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
            throw new IllegalArgumentException(key + " must be one of " + allowed + ", not '" + value + "'");
        }
    }
}
