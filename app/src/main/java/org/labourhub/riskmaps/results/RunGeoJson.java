package org.labourhub.riskmaps.results;

import org.labourhub.riskmaps.ModelRun;
import org.labourhub.riskmaps.Territories;
import org.labourhub.riskmaps.TerritoryNames;
import org.labourhub.riskmaps.TerritoryResult;
import org.labourhub.riskmaps.RiskmapsJson;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;

import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A run's territories as a GeoJSON feature collection: one feature per boundary of the run's set, with the
 * territory's figures as properties (none for a boundary without data). GeoJSON carries only what a boundary
 * draws; territories without one are counted by {@link #withoutBoundary}. Written as it is read, so a
 * 2,000-territory map is never held whole in memory.
 */
@Component
public class RunGeoJson {

    /** Coordinates beyond the fifth decimal (about a metre) say nothing a map of territories can show. */
    private static final Pattern LONG_DECIMALS = Pattern.compile("(\\.\\d{5})\\d+");

    private final Territories territories;
    private final TerritoryNames names;

    RunGeoJson(Territories territories, TerritoryNames names) {
        this.territories = territories;
        this.names = names;
    }

    /**
     * The full collection, for downloads and the API: readable property names, every figure of the table.
     */
    public void full(ModelRun run, OutputStream out) {
        write(run, out, false);
    }

    /**
     * The map's collection: one-letter property names and rounded figures, to stay light (c code, n name, l level,
     * r rate, lo/hi its interval, k children, b/g boys' and girls' rates, a rates by age band).
     */
    public void compact(ModelRun run, OutputStream out) {
        write(run, out, true);
    }

    /** The codes of the run's territories that no boundary of its set draws. */
    public List<String> withoutBoundary(ModelRun run) {
        Set<String> drawn = new HashSet<>();
        names.outlines(run.boundarySetId(), o -> drawn.add(o.code()));
        return territories.of(run.id()).stream().map(TerritoryResult::code).filter(c -> !drawn.contains(c))
                .sorted(TerritoryTable::compareCodes).toList();
    }

    private void write(ModelRun run, OutputStream out, boolean compact) {
        Map<String, TerritoryResult> byCode = territories.of(run.id()).stream()
                .collect(Collectors.toMap(TerritoryResult::code, Function.identity()));
        try (JsonGenerator json = RiskmapsJson.JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringProperty("type", "FeatureCollection");
            json.writeName("features");
            json.writeStartArray();
            names.outlines(run.boundarySetId(), outline -> {
                json.writeStartObject();
                json.writeStringProperty("type", "Feature");
                json.writeStringProperty("id", outline.code());
                json.writeName("properties");
                json.writeStartObject();
                TerritoryResult t = byCode.get(outline.code());
                if (compact) {
                    compactProperties(json, outline, t);
                } else {
                    fullProperties(json, outline, t);
                }
                json.writeEndObject();
                json.writeName("geometry");
                json.writeRawValue(compact ? LONG_DECIMALS.matcher(outline.geometry()).replaceAll("$1")
                        : outline.geometry());
                json.writeEndObject();
            });
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void fullProperties(JsonGenerator json, TerritoryNames.Outline outline, TerritoryResult t) {
        json.writeStringProperty("code", outline.code());
        if (outline.name() != null) {
            json.writeStringProperty("name", outline.name());
        }
        json.writeBooleanProperty("hasData", t != null);
        if (t == null) {
            return;
        }
        json.writeNumberProperty("children", t.children());
        json.writeNumberProperty("expected", t.expected());
        json.writeNumberProperty("rate", t.rate());
        json.writeNumberProperty("rateLow", t.rateLow());
        json.writeNumberProperty("rateHigh", t.rateHigh());
        json.writeNumberProperty("rank", t.rank());
        json.writeNumberProperty("rankLow", t.rankLow());
        json.writeNumberProperty("rankHigh", t.rankHigh());
        json.writeNumberProperty("level", t.level());
        json.writeBooleanProperty("fewChildren", t.fewChildren());
        json.writeBooleanProperty("wideInterval", t.wideInterval());
    }

    private static void compactProperties(JsonGenerator json, TerritoryNames.Outline outline, TerritoryResult t) {
        json.writeStringProperty("c", outline.code());
        json.writeStringProperty("n", outline.name() == null ? outline.code() : outline.name());
        if (t == null) {
            return;
        }
        json.writeNumberProperty("l", t.level());
        json.writeNumberProperty("r", rounded(t.rate()));
        json.writeNumberProperty("lo", rounded(t.rateLow()));
        json.writeNumberProperty("hi", rounded(t.rateHigh()));
        json.writeNumberProperty("k", Math.round(t.children()));
        var d = t.details();
        if (d.boysRate() != null) {
            json.writeNumberProperty("b", rounded(d.boysRate()));
        }
        if (d.girlsRate() != null) {
            json.writeNumberProperty("g", rounded(d.girlsRate()));
        }
        if (!d.ageBandRates().isEmpty()) {
            json.writeName("a");
            json.writeStartArray();
            for (Double rate : d.ageBandRates()) {
                if (rate == null) {
                    json.writeNull();
                } else {
                    json.writeNumber(rounded(rate));
                }
            }
            json.writeEndArray();
        }
    }

    private static double rounded(double proportion) {
        return Math.round(proportion * 100_000) / 100_000.0;
    }
}
