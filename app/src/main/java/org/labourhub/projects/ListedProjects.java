package org.labourhub.projects;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the project list knows in memory of every listed project (published, not merged): its facet values, its
 * years and its place in the list's order (latest start first, then newest). Filtering by facets alone and counting
 * facets over any search's matches then need no query; words are still matched by PostgreSQL. Built whole from the
 * database and replaced whole after a write, never changed in place, so readers share it without locks.
 * <p>
 * A project is known by its position: its index in {@code ids} (ascending). Multi-valued facets are kept as
 * {@link Column}s of value numbers, arrays rather than objects, so that counting 10,000 matches takes well under a
 * millisecond.
 */
final class ListedProjects {

    static final List<String> COLUMNS = List.of("country", "theme", "funder", "status", "modality");
    private static final int NO_YEAR = Integer.MIN_VALUE;
    /** A project counts in the year facet for at most this many years after its start. */
    private static final int MAX_YEARS = 30;

    private final long[] ids;
    private final int[] rank;
    private final int[] byRank;
    private final int[] startYear;
    private final int[] endYear;
    private final int firstYear;
    private final int lastYear;
    /** One per name in {@link #COLUMNS}, in that order. */
    private final Column[] columns;

    private ListedProjects(long[] ids, int[] rank, int[] startYear, int[] endYear, Column[] columns) {
        this.ids = ids;
        this.rank = rank;
        this.byRank = new int[ids.length];
        for (int p = 0; p < ids.length; p++) {
            byRank[rank[p]] = p;
        }
        this.startYear = startYear;
        this.endYear = endYear;
        this.columns = columns;
        this.firstYear = Arrays.stream(startYear).filter(y -> y != NO_YEAR).min().orElse(0);
        this.lastYear = Arrays.stream(startYear).filter(y -> y != NO_YEAR).max().orElse(0) + MAX_YEARS;
    }

    int size() {
        return ids.length;
    }

    /**
     * Ids of the projects matching a query without words, in the list's order. Like the database's scan, a query
     * matching more than {@code limit} projects keeps the {@code limit} with the lowest ids.
     */
    long[] order(ProjectQuery query, int limit) {
        var wanted = new ArrayList<int[]>();
        if (!want(wanted, "country", query.country()) || !want(wanted, "theme", query.theme() == null ? null : query.theme().name())
                || !want(wanted, "funder", query.funder()) || !want(wanted, "status", query.status() == null ? null : query.status().name())
                || !want(wanted, "modality", query.modality() == null ? null : query.modality().name())) {
            return new long[0];
        }
        int[] ranks = new int[Math.min(limit, ids.length)];
        int found = 0;
        for (int p = 0; p < ids.length && found < ranks.length; p++) {
            if (matches(p, wanted, query.year())) {
                ranks[found++] = rank[p];
            }
        }
        Arrays.sort(ranks, 0, found);
        long[] ordered = new long[found];
        for (int i = 0; i < found; i++) {
            ordered[i] = ids[byRank[ranks[i]]];
        }
        return ordered;
    }

    /** Adds the column and value number a query asks for; false when no listed project has the value. */
    private boolean want(List<int[]> wanted, String column, String value) {
        if (value == null) {
            return true;
        }
        int c = COLUMNS.indexOf(column);
        Integer number = columns[c].numbers.get(value);
        if (number != null) {
            wanted.add(new int[]{c, number});
        }
        return number != null;
    }

    private boolean matches(int p, List<int[]> wanted, Integer year) {
        for (int[] w : wanted) {
            if (!columns[w[0]].has(p, w[1])) {
                return false;
            }
        }
        return year == null || startYear[p] != NO_YEAR && startYear[p] <= year && (endYear[p] == NO_YEAR || endYear[p] >= year);
    }

    /**
     * How many of the given projects carry each facet value (values no project carries are left out; years from a
     * project's start to its end, or to {@code thisYear} when it has none, at most thirty). Ids not listed are skipped.
     */
    List<Facet> count(long[] matched, int thisYear) {
        int[][] counts = new int[columns.length][];
        for (int c = 0; c < counts.length; c++) {
            counts[c] = new int[columns[c].values.length];
        }
        int[] years = new int[lastYear - firstYear + 1];
        for (long id : matched) {
            int p = Arrays.binarySearch(ids, id);
            if (p < 0) {
                continue;
            }
            for (int c = 0; c < counts.length; c++) {
                columns[c].count(p, counts[c]);
            }
            if (startYear[p] != NO_YEAR) {
                int last = Math.min(endYear[p] == NO_YEAR ? thisYear : endYear[p], startYear[p] + MAX_YEARS);
                for (int y = startYear[p]; y <= last; y++) {
                    years[y - firstYear]++;
                }
            }
        }
        var facets = new ArrayList<Facet>();
        for (int c = 0; c < counts.length; c++) {
            String[] values = columns[c].values;
            var counted = new ArrayList<Facet.Value>();
            for (int v = 0; v < values.length; v++) {
                if (counts[c][v] > 0) {
                    counted.add(new Facet.Value(values[v], values[v], counts[c][v]));
                }
            }
            facets.add(new Facet(COLUMNS.get(c), counted));
        }
        var counted = new ArrayList<Facet.Value>();
        for (int y = 0; y < years.length; y++) {
            if (years[y] > 0) {
                String year = Integer.toString(firstYear + y);
                counted.add(new Facet.Value(year, year, years[y]));
            }
        }
        facets.add(new Facet("year", counted));
        return facets;
    }

    /**
     * The values one facet takes, numbered: the project at position {@code p} has the values numbered
     * {@code valueOf[from[p]] … valueOf[from[p + 1] - 1]}, each once.
     */
    private record Column(String[] values, Map<String, Integer> numbers, int[] from, int[] valueOf) {

        boolean has(int p, int value) {
            for (int k = from[p]; k < from[p + 1]; k++) {
                if (valueOf[k] == value) {
                    return true;
                }
            }
            return false;
        }

        void count(int p, int[] counts) {
            for (int k = from[p]; k < from[p + 1]; k++) {
                counts[valueOf[k]]++;
            }
        }
    }

    /** Collects the listed projects, then their facet values in any order, and builds the arrays once. */
    static final class Builder {

        private long[] ids = new long[1024];
        private LocalDate[] starts = new LocalDate[1024];
        private LocalDate[] ends = new LocalDate[1024];
        private int size;
        private final Map<String, Pairs> values = new LinkedHashMap<>();

        Builder() {
            COLUMNS.forEach(name -> values.put(name, new Pairs()));
        }

        /** A listed project, in ascending id order; status and modality may be null. */
        Builder project(long id, String status, String modality, LocalDate start, LocalDate end) {
            if (size > 0 && id <= ids[size - 1]) {
                throw new IllegalArgumentException("Listed projects must come in ascending id order: " + id + " after " + ids[size - 1]);
            }
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            ids[size] = id;
            starts[size] = start;
            ends[size] = end;
            size++;
            value("status", id, status);
            return value("modality", id, modality);
        }

        /** A value of a facet for a project given earlier; ignored for a project not listed, or a null value. */
        Builder value(String column, long id, String value) {
            int p = Arrays.binarySearch(ids, 0, size, id);
            if (p >= 0 && value != null) {
                values.get(column).add(p, value);
            }
            return this;
        }

        ListedProjects build() {
            long[] listed = Arrays.copyOf(ids, size);
            Integer[] order = new Integer[size];
            for (int p = 0; p < size; p++) {
                order[p] = p;
            }
            // latest start first, projects without a start last, then the newest (highest id) first
            Arrays.sort(order, (a, b) -> starts[a] == null || starts[b] == null
                    ? starts[a] == null && starts[b] == null ? Long.compare(listed[b], listed[a]) : starts[a] == null ? 1 : -1
                    : starts[a].equals(starts[b]) ? Long.compare(listed[b], listed[a]) : starts[b].compareTo(starts[a]));
            int[] rank = new int[size];
            int[] startYear = new int[size];
            int[] endYear = new int[size];
            for (int r = 0; r < size; r++) {
                rank[order[r]] = r;
            }
            for (int p = 0; p < size; p++) {
                startYear[p] = starts[p] == null ? NO_YEAR : starts[p].getYear();
                endYear[p] = ends[p] == null ? NO_YEAR : ends[p].getYear();
            }
            Column[] columns = COLUMNS.stream().map(name -> values.get(name).column(size)).toArray(Column[]::new);
            return new ListedProjects(listed, rank, startYear, endYear, columns);
        }
    }

    /** (position, value number) pairs of one facet as they come, turned into a {@link Column} at the end. */
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

        /** Sorted by position (counting sort), each value once per project. */
        Column column(int projects) {
            int[] from = new int[projects + 1];
            for (int i = 0; i < size; i++) {
                from[positions[i] + 1]++;
            }
            for (int p = 0; p < projects; p++) {
                from[p + 1] += from[p];
            }
            int[] next = Arrays.copyOf(from, projects);
            int[] sorted = new int[size];
            for (int i = 0; i < size; i++) {
                int p = positions[i];
                boolean seen = false;
                for (int k = from[p]; k < next[p] && !seen; k++) {
                    seen = sorted[k] == valueOf[i];
                }
                if (!seen) {
                    sorted[next[p]++] = valueOf[i];
                }
            }
            // drop the places left by repeated values
            int[] compact = new int[size];
            int[] compactFrom = new int[projects + 1];
            int n = 0;
            for (int p = 0; p < projects; p++) {
                compactFrom[p] = n;
                for (int k = from[p]; k < next[p]; k++) {
                    compact[n++] = sorted[k];
                }
            }
            compactFrom[projects] = n;
            return new Column(numbers.keySet().toArray(String[]::new), Map.copyOf(numbers), compactFrom, Arrays.copyOf(compact, n));
        }
    }
}
