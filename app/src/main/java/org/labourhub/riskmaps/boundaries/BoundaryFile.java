package org.labourhub.riskmaps.boundaries;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A boundary file as uploaded: GeoJSON or TopoJSON (told apart by their content), or a zipped Shapefile. It is read
 * twice, once to list the properties its features carry so that the uploader can say which holds the territory code,
 * then to take each territory's code, name and area.
 */
final class BoundaryFile {

    /** Problems listed for one file at most; a file with more says how many there were besides. */
    static final int PROBLEMS_SHOWN = 50;
    static final int MAX_CODE_LENGTH = 100;
    static final int MAX_NAME_LENGTH = 200;

    private final Path path;
    private final String name;

    BoundaryFile(Path path, String name) {
        this.path = path;
        this.name = name;
    }

    /** A property the features carry: in how many, with how many different values, and a few of them. */
    record Property(String name, int features, int distinct, List<String> examples) {

        /** Whether it could carry the territory code: in every feature, with a different value in each. */
        boolean identifies(int of) {
            return features == of && distinct == of;
        }
    }

    record Survey(int features, List<Property> properties) {

        /** The property most likely to carry the code: one that identifies every feature, named like a code first. */
        String likelyCode() {
            var identifying = properties.stream().filter(p -> p.identifies(features)).toList();
            return identifying.stream().filter(p -> p.name().toLowerCase().matches(".*(code|cod|iso|ubigeo|pcode).*"))
                    .map(Property::name).findFirst()
                    .orElse(identifying.isEmpty() ? null : identifying.get(0).name());
        }

        /** The property most likely to carry the name. */
        String likelyName() {
            return properties.stream().map(Property::name)
                    .filter(n -> n.toLowerCase().matches("(.*_)?(name|nombre|nom|nome)(_.*)?")).findFirst().orElse(null);
        }
    }

    /** What reading for territories found: the territories, and every problem (a problem keeps its feature out). */
    record Reading(List<Territory> territories, List<BoundaryProblem> problems, int moreProblems) {
    }

    Survey survey() {
        var found = new LinkedHashMap<String, int[]>();
        var values = new HashMap<String, Set<String>>();
        var examples = new HashMap<String, List<String>>();
        int[] features = {0};
        features(feature -> {
            features[0]++;
            feature.properties().forEach((property, value) -> {
                found.computeIfAbsent(property, p -> new int[1])[0]++;
                values.computeIfAbsent(property, p -> new HashSet<>()).add(value.strip());
                List<String> some = examples.computeIfAbsent(property, p -> new ArrayList<>());
                if (some.size() < 3 && !value.isBlank() && !some.contains(value.strip())) {
                    some.add(value.strip());
                }
            });
        });
        var properties = new ArrayList<Property>();
        found.forEach((property, count) -> properties.add(
                new Property(property, count[0], values.get(property).size(), examples.get(property))));
        return new Survey(features[0], properties);
    }

    Reading read(String codeProperty, String nameProperty) {
        var territories = new ArrayList<Territory>();
        var problems = new ArrayList<BoundaryProblem>();
        var firstOf = new HashMap<String, Integer>();
        int[] withCode = {0};
        features(feature -> {
            String code = feature.properties().getOrDefault(codeProperty, "").strip();
            String label = nameProperty == null ? null : feature.properties().get(nameProperty);
            label = label == null || label.isBlank() ? null : label.strip();
            if (label != null && label.length() > MAX_NAME_LENGTH) {
                label = label.substring(0, MAX_NAME_LENGTH);
            }
            if (!code.isEmpty()) {
                withCode[0]++;
            }
            Integer first = code.isEmpty() ? null : firstOf.putIfAbsent(code, feature.number());
            if (code.isEmpty()) {
                problems.add(BoundaryProblem.of("noCode", name, feature.number(), codeProperty));
            } else if (code.length() > MAX_CODE_LENGTH) {
                problems.add(BoundaryProblem.of("codeTooLong", name, feature.number(), codeProperty, MAX_CODE_LENGTH));
            } else if (first != null) {
                problems.add(BoundaryProblem.of("duplicateCode", name, feature.number(), code, first));
            } else if (feature.problem() != null) {
                problems.add(feature.problem().in(name, feature.number()));
            } else {
                territories.add(new Territory(code, label, feature.geometry()));
            }
        });
        if (withCode[0] == 0 && !problems.isEmpty()) {
            // no feature has the property: one problem says so, not one per feature
            return new Reading(List.of(), List.of(BoundaryProblem.of("noCodeAnywhere", name, codeProperty)), 0);
        }
        if (territories.isEmpty() && problems.isEmpty()) {
            problems.add(BoundaryProblem.of("empty", name));
        }
        int more = Math.max(0, problems.size() - PROBLEMS_SHOWN);
        return new Reading(territories, List.copyOf(problems.subList(0, problems.size() - more)), more);
    }

    private void features(Consumer<FileFeature> sink) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
            in.mark(4);
            byte[] start = in.readNBytes(4);
            in.reset();
            if (start.length == 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4) {
                ShapefileZip.read(path, name, sink);
            } else {
                JsonBoundaryFile.read(in, name, sink);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the kept upload " + path, e);
        }
    }
}
