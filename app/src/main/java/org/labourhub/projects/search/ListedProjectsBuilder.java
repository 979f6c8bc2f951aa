package org.labourhub.projects.search;

import org.labourhub.platform.i18n.MultilingualText;
import org.labourhub.projects.ActivityStatus;
import org.labourhub.projects.ProjectReader;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Collects the listed projects in id order, then their facet values in any order, and builds {@link ListedProjects}
 * once. Values shared by many projects (dates, funder lists, country lists) are kept once.
 */
final class ListedProjectsBuilder {

    private record Listed(long id, String identifier, MultilingualText title, ActivityStatus status, LocalDate start,
                          LocalDate end, boolean training) {
    }

    private final List<Listed> projects = new ArrayList<>();
    private long[] ids = new long[1024];
    private final Map<String, Pairs> values = new LinkedHashMap<>();
    private final Map<Object, Object> shared = new HashMap<>();

    ListedProjectsBuilder() {
        ListedProjects.COLUMNS.forEach(name -> values.put(name, new Pairs()));
    }

    /** A listed project, in ascending id order; status, modality and dates may be null. */
    ListedProjectsBuilder project(long id, String identifier, MultilingualText title, String status, String modality,
                                  LocalDate start, LocalDate end) {
        return project(id, identifier, title, status, modality, start, end, false);
    }

    /** The same, saying whether the project is fictional training data. */
    ListedProjectsBuilder project(long id, String identifier, MultilingualText title, String status, String modality,
                                  LocalDate start, LocalDate end, boolean training) {
        int size = projects.size();
        if (size > 0 && id <= ids[size - 1]) {
            throw new IllegalArgumentException("Listed projects must come in ascending id order: " + id + " after " + ids[size - 1]);
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
        }
        ids[size] = id;
        projects.add(new Listed(id, identifier, title, ProjectReader.status(status), once(start), once(end), training));
        value("status", id, status);
        return value("modality", id, modality);
    }

    /** A value of a facet for a project given earlier; ignored for a project not listed, or a null value. */
    ListedProjectsBuilder value(String column, long id, String value) {
        int p = Arrays.binarySearch(ids, 0, projects.size(), id);
        if (p >= 0 && value != null) {
            values.get(column).add(p, value);
        }
        return this;
    }

    ListedProjects build() {
        int size = projects.size();
        long[] listed = Arrays.copyOf(ids, size);
        // latest start first, projects without a start last, then the newest (highest id) first
        Comparator<Listed> order = Comparator.comparing(Listed::start, Comparator.nullsLast(Comparator.reverseOrder()));
        List<Listed> ordered = new ArrayList<>(projects);
        ordered.sort(order.thenComparing(Listed::id, Comparator.reverseOrder()));
        int[] rank = new int[size];
        for (int r = 0; r < size; r++) {
            rank[Arrays.binarySearch(listed, ordered.get(r).id())] = r;
        }
        int[] startYear = new int[size];
        int[] endYear = new int[size];
        var shown = new ListedProjects.Shown(new String[size], new MultilingualText[size], new ActivityStatus[size],
                new LocalDate[size], new LocalDate[size], values.get("country").texts(size, this::once),
                values.get("funder").texts(size, this::once), new boolean[size]);
        for (int p = 0; p < size; p++) {
            Listed project = projects.get(p);
            startYear[p] = project.start() == null ? ListedProjects.NO_YEAR : project.start().getYear();
            endYear[p] = project.end() == null ? ListedProjects.NO_YEAR : project.end().getYear();
            shown.identifiers()[p] = project.identifier();
            shown.titles()[p] = project.title();
            shown.statuses()[p] = project.status();
            shown.starts()[p] = project.start();
            shown.ends()[p] = project.end();
            shown.training()[p] = project.training();
        }
        var columns = ListedProjects.COLUMNS.stream().map(name -> values.get(name).column(size)).toArray(ListedProjects.Column[]::new);
        return new ListedProjects(listed, rank, startYear, endYear, columns, shown);
    }

    @SuppressWarnings("unchecked")
    private <T> T once(T value) {
        return value == null ? null : (T) shared.computeIfAbsent(value, v -> v);
    }

    /** (position, value number) pairs of one facet as they come. */
    private static final class Pairs {

        private final Map<String, Integer> numbers = new LinkedHashMap<>();
        private int[] positions = new int[1024];
        private int[] valueOf = new int[1024];
        private int size;

        void add(int p, String value) {
            if (size == positions.length) {
                positions = Arrays.copyOf(positions, size * 2);
                valueOf = Arrays.copyOf(valueOf, size * 2);
            }
            positions[size] = p;
            valueOf[size] = numbers.computeIfAbsent(value, v -> numbers.size());
            size++;
        }

        /** The values of each project sorted by position (a counting sort), each value once per project. */
        ListedProjects.Column column(int projects) {
            int[] from = new int[projects + 1];
            int[] sorted = sortedByPosition(projects, from);
            int[] compact = new int[size];
            int[] compactFrom = new int[projects + 1];
            int n = 0;
            for (int p = 0; p < projects; p++) {
                compactFrom[p] = n;
                for (int k = from[p]; k < from[p + 1]; k++) {
                    if (!contains(compact, compactFrom[p], n, sorted[k])) {
                        compact[n++] = sorted[k];
                    }
                }
            }
            compactFrom[projects] = n;
            return new ListedProjects.Column(numbers.keySet().toArray(String[]::new), Map.copyOf(numbers), compactFrom, Arrays.copyOf(compact, n));
        }

        /**
         * The values of each project joined as the list shows them (sorted, ", " between, repeated values kept, as
         * {@code string_agg(… order by …)} gives them), or null.
         */
        String[] texts(int projects, UnaryOperator<String> once) {
            int[] from = new int[projects + 1];
            int[] sorted = sortedByPosition(projects, from);
            String[] values = numbers.keySet().toArray(String[]::new);
            String[] texts = new String[projects];
            for (int p = 0; p < projects; p++) {
                if (from[p + 1] > from[p]) {
                    texts[p] = once.apply(String.join(", ", Arrays.stream(sorted, from[p], from[p + 1])
                            .mapToObj(v -> values[v]).sorted().toList()));
                }
            }
            return texts;
        }

        /** Value numbers grouped by position; {@code from} receives where each position's values start. */
        private int[] sortedByPosition(int projects, int[] from) {
            for (int i = 0; i < size; i++) {
                from[positions[i] + 1]++;
            }
            for (int p = 0; p < projects; p++) {
                from[p + 1] += from[p];
            }
            int[] next = Arrays.copyOf(from, projects);
            int[] sorted = new int[size];
            for (int i = 0; i < size; i++) {
                sorted[next[positions[i]]++] = valueOf[i];
            }
            return sorted;
        }

        private static boolean contains(int[] values, int from, int to, int value) {
            for (int k = from; k < to; k++) {
                if (values[k] == value) {
                    return true;
                }
            }
            return false;
        }
    }
}
