package org.labourhub.risk.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.labourhub.risk.RunResult;

/**
 * A static choropleth of the risk levels as SVG, for the report and printed fiches (the web platform draws its
 * own interactive maps). Longitude is scaled by the cosine of the mean latitude; territories without census
 * children are grey.
 */
public final class ChoroplethMap {

    private static final double WIDTH = 800;
    private static final String NO_DATA = "#cccccc";
    private static final String[] REDS = {"#fee5d9", "#fcbba1", "#fc9272", "#fb6a4a", "#ef3b2c", "#cb181d", "#a50f15",
            "#67000d", "#3b0008"};

    private ChoroplethMap() {
    }

    @SuppressWarnings("unchecked")
    public static void write(RunResult run, Path boundaries, Path file) {
        List<Object> features = (List<Object>) Boundaries.read(boundaries).get("features");
        var m = new Messages(run.config().language());
        double[] box = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (Object feature : features) {
            forEachPoint(((Map<String, Object>) feature).get("geometry"), (x, y) -> {
                box[0] = Math.min(box[0], x);
                box[1] = Math.min(box[1], y);
                box[2] = Math.max(box[2], x);
                box[3] = Math.max(box[3], y);
            });
        }
        double aspect = Math.cos(Math.toRadians(Math.max(-80, Math.min(80, (box[1] + box[3]) / 2))));
        double scale = WIDTH / Math.max((box[2] - box[0]) * aspect, 1e-9);
        double height = (box[3] - box[1]) * scale;
        Map<String, Integer> index = new HashMap<>();
        for (int t = 0; t < run.rates().size(); t++) {
            index.put(run.rates().totals().codes().get(t), t);
        }
        var svg = new StringBuilder(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "viewBox=\"0 0 %.0f %.0f\" width=\"%.0f\" height=\"%.0f\">%n", WIDTH + 260, height, WIDTH + 260, height));
        for (Object f : features) {
            var feature = (Map<String, Object>) f;
            var properties = (Map<String, Object>) feature.getOrDefault("properties", Map.of());
            Integer t = index.get(Boundaries.code(properties, run.config().boundaryCodeProperty(), boundaries));
            String colour = t == null ? NO_DATA : colour(run.level()[t], run.levels().count());
            svg.append("<path fill=\"").append(colour).append("\" stroke=\"#666\" stroke-width=\"0.3\" d=\"");
            appendPath(feature.get("geometry"), box, aspect, scale, svg);
            svg.append("\"><title>").append(Html.escape(t == null ? m.get("map.no.data")
                    : run.rates().totals().codes().get(t) + ": " + m.percent(run.rates().rate(t)) + ", "
                    + m.level(run.levels(), run.level()[t]))).append("</title></path>\n");
        }
        legend(run, m, svg);
        try {
            Files.writeString(file, svg.append("</svg>\n"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    static String colour(int level, int levels) {
        return REDS[(int) Math.round(level * (REDS.length - 1.0) / Math.max(1, levels - 1) * 0.75)];
    }

    /** The method, then each level with its range of rates, highest first, and the no-data class. */
    private static void legend(RunResult run, Messages m, StringBuilder svg) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"14\" font-family=\"sans-serif\" "
                + "font-size=\"12\">%s</text>%n", WIDTH + 10, Html.escape(m.get("map.legend.title",
                Labels.method(run.config().levelMethod(), m)))));
        List<String> ranges = Labels.levelRanges(run.levels(), m);
        int row = 0;
        for (int level = run.levels().count() - 1; level >= 0; level--, row++) {
            legendRow(row, colour(level, run.levels().count()), ranges.get(level), svg);
        }
        legendRow(row, NO_DATA, m.get("map.no.data"), svg);
    }

    private static void legendRow(int row, String colour, String text, StringBuilder svg) {
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.0f\" y=\"%d\" width=\"16\" height=\"16\" fill=\"%s\"/>"
                + "<text x=\"%.0f\" y=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%s</text>%n", WIDTH + 10,
                26 + 22 * row, colour, WIDTH + 32, 39 + 22 * row, Html.escape(text)));
    }

    private interface PointSink {
        void accept(double x, double y);
    }

    @SuppressWarnings("unchecked")
    private static void forEachPoint(Object geometry, PointSink sink) {
        if (!(geometry instanceof Map<?, ?> g)) {
            return;
        }
        forEachCoordinate(g.get("coordinates"), sink);
    }

    @SuppressWarnings("unchecked")
    private static void forEachCoordinate(Object coordinates, PointSink sink) {
        if (coordinates instanceof List<?> list && !list.isEmpty()) {
            if (list.get(0) instanceof Double) {
                sink.accept((Double) list.get(0), (Double) list.get(1));
            } else {
                list.forEach(c -> forEachCoordinate(c, sink));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void appendPath(Object geometry, double[] box, double aspect, double scale, StringBuilder svg) {
        if (!(geometry instanceof Map<?, ?> g)) {
            return;
        }
        List<Object> polygons = "MultiPolygon".equals(g.get("type")) ? (List<Object>) g.get("coordinates")
                : "Polygon".equals(g.get("type")) ? List.of(g.get("coordinates")) : List.of();
        for (Object polygon : polygons) {
            for (Object ring : (List<Object>) polygon) {
                char command = 'M';
                for (Object point : (List<Object>) ring) {
                    var xy = (List<Double>) point;
                    svg.append(command).append(String.format(Locale.ROOT, "%.1f,%.1f ",
                            (xy.get(0) - box[0]) * aspect * scale, (box[3] - xy.get(1)) * scale));
                    command = 'L';
                }
                svg.append("Z ");
            }
        }
    }
}
