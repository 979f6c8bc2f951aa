package org.labourhub.risk.index;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Properties;
import org.labourhub.risk.config.LevelMethod;
import org.labourhub.risk.csv.InputError;

/**
 * Reads the index settings: {@code column.territory}, {@code indicators=a,b,c},
 * {@code indicator.a.direction=lower-is-riskier} (default higher-is-riskier), {@code indicator.a.weight},
 * {@code normalisation=min-max|z-score}, {@code weighting=equal|expert|principal-component},
 * {@code levels.count}, {@code levels.method}.
 */
public final class IndexConfigFile {

    private IndexConfigFile() {
    }

    public static IndexSettings load(Path file) {
        var p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException e) {
            throw InputError.inFile(file, "the index settings cannot be read (" + e.getMessage() + ").");
        }
        try {
            var indicators = new ArrayList<IndexSettings.Indicator>();
            for (String name : p.getProperty("indicators", "").split(",")) {
                if (name.isBlank()) {
                    continue;
                }
                String n = name.trim();
                String direction = p.getProperty("indicator." + n + ".direction", "higher-is-riskier").trim();
                if (!direction.equals("higher-is-riskier") && !direction.equals("lower-is-riskier")) {
                    throw new IllegalArgumentException("indicator." + n + ".direction must be higher-is-riskier or "
                            + "lower-is-riskier, not '" + direction + "'");
                }
                indicators.add(new IndexSettings.Indicator(n, direction.equals("higher-is-riskier"),
                        Double.parseDouble(p.getProperty("indicator." + n + ".weight", "0"))));
            }
            return new IndexSettings(p.getProperty("column.territory", "territory").trim(), indicators,
                    choice(p, "normalisation", IndexSettings.Normalisation.class, "min-max"),
                    choice(p, "weighting", IndexSettings.Weighting.class, "equal"),
                    Integer.parseInt(p.getProperty("levels.count", "3").trim()),
                    choice(p, "levels.method", LevelMethod.class, "natural-breaks"));
        } catch (IllegalArgumentException e) {
            throw InputError.inFile(file, e.getMessage() + ". Correct the index settings.");
        }
    }

    private static <E extends Enum<E>> E choice(Properties p, String key, Class<E> type, String fallback) {
        String value = p.getProperty(key, fallback).trim();
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + " cannot be '" + value + "'");
        }
    }
}
