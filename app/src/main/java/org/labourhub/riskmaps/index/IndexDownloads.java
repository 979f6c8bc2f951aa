package org.labourhub.riskmaps.index;

import org.labourhub.riskmaps.RiskmapsJson;
import org.labourhub.riskmaps.TerritoryNames;
import org.labourhub.riskmaps.datasets.formats.NumberText;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An index's territories as files: the CSV of the table (UTF-8, comma, '.' decimals, the reader's names for the
 * columns) and the map's GeoJSON, one feature per boundary of its set with c code, n name, l level and s score
 * (none for a boundary without data).
 */
@Component
class IndexDownloads {

    private final TerritoryNames names;

    IndexDownloads(TerritoryNames names) {
        this.names = names;
    }

    void csv(List<String> header, List<IndexTable.Line> lines, List<IndexResult.Territory> territories, Writer out)
            throws IOException {
        out.write(String.join(",", header.stream().map(IndexDownloads::quoted).toList()));
        out.write("\r\n");
        Map<String, IndexResult.Territory> byCode = territories.stream()
                .collect(Collectors.toMap(IndexResult.Territory::code, Function.identity()));
        for (IndexTable.Line line : lines) {
            IndexResult.Territory t = byCode.get(line.code());
            var cells = new java.util.ArrayList<String>();
            cells.add(quoted(line.code()));
            cells.add(quoted(line.name()));
            cells.add(NumberText.format(t.score()));
            cells.add(Integer.toString(t.level()));
            cells.add(quoted(line.levelName()));
            t.normalised().forEach(v -> cells.add(NumberText.format(v)));
            out.write(String.join(",", cells));
            out.write("\r\n");
        }
    }

    void geoJson(IndexResult index, List<IndexResult.Territory> territories, OutputStream out) {
        Map<String, IndexResult.Territory> byCode = territories.stream()
                .collect(Collectors.toMap(IndexResult.Territory::code, Function.identity()));
        try (JsonGenerator json = RiskmapsJson.JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringProperty("type", "FeatureCollection");
            json.writeName("features");
            json.writeStartArray();
            names.outlines(index.boundarySetId(), outline -> {
                json.writeStartObject();
                json.writeStringProperty("type", "Feature");
                json.writeStringProperty("id", outline.code());
                json.writeName("properties");
                json.writeStartObject();
                json.writeStringProperty("c", outline.code());
                json.writeStringProperty("n", outline.name() == null ? outline.code() : outline.name());
                IndexResult.Territory t = byCode.get(outline.code());
                if (t != null) {
                    json.writeNumberProperty("l", t.level());
                    json.writeNumberProperty("s", Math.round(t.score() * 1000) / 1000.0);
                }
                json.writeEndObject();
                json.writeName("geometry");
                json.writeRawValue(outline.geometry());
                json.writeEndObject();
            });
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    /** In double quotes (doubled inside) when it holds a comma, a quote or a line break. */
    private static String quoted(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
