package org.labourhub;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import org.labourhub.platform.database.ModuleMigrations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Spring Modulith cannot see: SQL naming another module's schema, and a module's sub-packages depending on each
 * other in a circle (the module's root is one of the packages, so a sub-package may use the root but the root may
 * not use a sub-package that uses it). The risk engine, a library of its own, is not an application module.
 */
class BoundariesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/labourhub");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern JAVA_TEXT = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern SQL_COMMENT = Pattern.compile("--[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);

    @Test
    void noModuleSqlNamesAnotherModulesSchema() throws IOException {
        List<String> found = new ArrayList<>();
        for (String module : ModuleMigrations.ORDER) {
            Pattern other = otherSchemas(module);
            try (Stream<Path> files = Files.walk(SOURCES.resolve(module))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    Matcher text = JAVA_TEXT.matcher(Files.readString(file));
                    while (text.find()) {
                        String literal = text.group(1) != null ? text.group(1) : text.group(2);
                        report(file, SQL_COMMENT.matcher(literal).replaceAll(" "), other, found);
                    }
                }
            }
            Path migrations = MIGRATIONS.resolve(module);
            if (Files.isDirectory(migrations)) {
                try (Stream<Path> files = Files.list(migrations)) {
                    for (Path file : files.sorted().toList()) {
                        report(file, SQL_COMMENT.matcher(Files.readString(file)).replaceAll(" "), other, found);
                    }
                }
            }
        }
        assertThat(found).as("SQL that reads or writes another module's tables; ask that module's public API instead")
                .isEmpty();
    }

    private static Pattern otherSchemas(String module) {
        var others = new TreeSet<>(ModuleMigrations.ORDER);
        others.remove(module);
        return Pattern.compile("(?i)\\b(?:from|join|into|update|references|table|exists)\\s+((?:"
                + String.join("|", others) + ")\\.\\w+)");
    }

    private static void report(Path file, String sql, Pattern other, List<String> found) {
        Matcher m = other.matcher(sql);
        while (m.find()) {
            found.add(file + " names " + m.group(1));
        }
    }

    @Test
    void subPackagesOfAModuleDependOnEachOtherWithoutCircles() {
        JavaClasses classes = new ClassFileImporter().importPath(Path.of("target/classes"));
        Map<String, Map<String, Set<String>>> edges = new TreeMap<>();
        for (var origin : classes) {
            String from = origin.getPackageName();
            String module = moduleOf(from);
            if (module == null) {
                continue;
            }
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                String to = dependency.getTargetClass().getBaseComponentType().getPackageName();
                if (!to.equals(from) && module.equals(moduleOf(to))) {
                    edges.computeIfAbsent(from, k -> new TreeMap<>()).computeIfAbsent(to, k -> new TreeSet<>())
                            .add(local(origin) + " → " + local(dependency.getTargetClass()));
                }
            }
        }
        List<String> circles = new ArrayList<>();
        Set<Set<String>> reported = new java.util.HashSet<>();
        for (String start : edges.keySet()) {
            List<String> circle = circleThrough(start, edges);
            if (!circle.isEmpty() && reported.add(new TreeSet<>(circle))) {
                var described = new StringBuilder(String.join(" → ", circle)).append(":");
                for (int i = 0; i + 1 < circle.size(); i++) {
                    described.append("\n    ").append(edges.get(circle.get(i)).get(circle.get(i + 1)).iterator().next());
                }
                circles.add(described.toString());
            }
        }
        assertThat(circles).as("packages of one module depending on each other in a circle").isEmpty();
    }

    private static String local(com.tngtech.archunit.core.domain.JavaClass type) {
        return type.getName().substring(type.getPackageName().length() + 1);
    }

    private static String moduleOf(String packageName) {
        String prefix = "org.labourhub.";
        if (!packageName.startsWith(prefix)) {
            return null;
        }
        String rest = packageName.substring(prefix.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** The shortest way back to {@code start} along the dependencies, as the packages passed, or nothing. */
    private static List<String> circleThrough(String start, Map<String, Map<String, Set<String>>> edges) {
        Map<String, String> cameFrom = new LinkedHashMap<>();
        List<String> frontier = new ArrayList<>(List.of(start));
        while (!frontier.isEmpty()) {
            List<String> next = new ArrayList<>();
            for (String at : frontier) {
                for (String to : edges.getOrDefault(at, Map.of()).keySet()) {
                    if (to.equals(start)) {
                        List<String> way = new ArrayList<>(List.of(start));
                        for (String step = at; !step.equals(start); step = cameFrom.get(step)) {
                            way.add(1, step);
                        }
                        way.add(start);
                        return way;
                    }
                    if (!cameFrom.containsKey(to)) {
                        cameFrom.put(to, at);
                        next.add(to);
                    }
                }
            }
            frontier = next;
        }
        return List.of();
    }
}
