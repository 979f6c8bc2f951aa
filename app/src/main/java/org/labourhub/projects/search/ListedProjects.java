package org.labourhub.projects.search;

import org.labourhub.platform.i18n.Language;
import org.labourhub.platform.i18n.MultilingualText;
import org.labourhub.projects.ActivityStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Every listed project (published, not merged) as the project list needs it, held in memory: the row the list
 * shows, its facet values, its years and its place in the list's order (latest start first, then newest). A list
 * without words, its pages and the facet counts of any search then need no query; words are still matched by
 * PostgreSQL. Built whole by {@link ListedProjectsBuilder} and replaced whole after a write, never changed in place,
 * so readers share it without locks (about 45 MB for 100,000 projects, most of it their titles).
 * <p>
 * A project is known by its position: its index in {@code ids} (ascending). Facet values are kept as
 * {@link Column}s of value numbers, arrays rather than objects, so that counting 10,000 matches takes well under a
 * millisecond.
 */
public final class ListedProjects {

    static final List<String> COLUMNS = List.of("country", "theme", "funder", "status", "modality");
    static final int NO_YEAR = Integer.MIN_VALUE;
    /** A project counts in the year facet for at most this many years after its start. */
    private static final int MAX_YEARS = 30;

    /** What the list shows of the projects, by position. */
    record Shown(String[] identifiers, MultilingualText[] titles, ActivityStatus[] statuses, LocalDate[] starts,
                 LocalDate[] ends, String[] countries, String[] funders, boolean[] training) {
    }

    /**
     * The values one facet takes, numbered: the project at position {@code p} has the values numbered
     * {@code valueOf[from[p]] … valueOf[from[p + 1] - 1]}, each once.
     */
    record Column(String[] values, Map<String, Integer> numbers, int[] from, int[] valueOf) {

        boolean has(int p, int value) {
            for (int k = from[p]; k < from[p + 1]; k++) {
                if (valueOf[k] == value) {
                    return true;
                }
            }
            return false;
        }
    }

    private final long[] ids;
    private final int[] rank;
    private final int[] byRank;
    private final int[] startYear;
    private final int[] endYear;
    private final int firstYear;
    private final int lastYear;
    private final String[] yearNames;
    /** One per name in {@link #COLUMNS}, in that order. */
    private final Column[] columns;
    private final Shown shown;

    ListedProjects(long[] ids, int[] rank, int[] startYear, int[] endYear, Column[] columns, Shown shown) {
        this.ids = ids;
        this.rank = rank;
        this.byRank = new int[ids.length];
        for (int p = 0; p < ids.length; p++) {
            byRank[rank[p]] = p;
        }
        this.startYear = startYear;
        this.endYear = endYear;
        this.columns = columns;
        this.shown = shown;
        this.firstYear = Arrays.stream(startYear).filter(y -> y != NO_YEAR).min().orElse(0);
        this.lastYear = Arrays.stream(startYear).filter(y -> y != NO_YEAR).max().orElse(0) + MAX_YEARS;
        this.yearNames = new String[lastYear - firstYear + 1];
        Arrays.setAll(yearNames, y -> Integer.toString(firstYear + y));
    }

    int size() {
        return ids.length;
    }

    /**
     * Ids of the projects matching a query without words, in the list's order. Like the database's scan, a query
     * matching more than {@code limit} projects keeps the {@code limit} with the lowest ids.
     */
    long[] order(ProjectQuery query, int limit) {
        int[][] wanted = {want("country", query.country()), want("theme", query.theme() == null ? null : query.theme().name()),
                want("funder", query.funder()), want("status", query.status() == null ? null : query.status().name()),
                want("modality", query.modality() == null ? null : query.modality().name())};
        if (Arrays.stream(wanted).anyMatch(w -> w != null && w[1] < 0)) {
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

    /** The column and value number a query asks for (-1 when no listed project has the value), or null for any. */
    private int[] want(String column, String value) {
        int c = COLUMNS.indexOf(column);
        return value == null ? null : new int[]{c, columns[c].numbers().getOrDefault(value, -1)};
    }

    private boolean matches(int p, int[][] wanted, Integer year) {
        for (int[] w : wanted) {
            if (w != null && !columns[w[0]].has(p, w[1])) {
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
            counts[c] = new int[columns[c].values().length];
        }
        int[] years = new int[lastYear - firstYear + 1];
        for (long id : matched) {
            int p = Arrays.binarySearch(ids, id);
            if (p < 0) {
                continue;
            }
            for (int c = 0; c < counts.length; c++) {
                for (int k = columns[c].from()[p]; k < columns[c].from()[p + 1]; k++) {
                    counts[c][columns[c].valueOf()[k]]++;
                }
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
            facets.add(new Facet(COLUMNS.get(c), counted(columns[c].values(), counts[c])));
        }
        facets.add(new Facet("year", counted(yearNames, years)));
        return facets;
    }

    private static List<Facet.Value> counted(String[] values, int[] counts) {
        var counted = new ArrayList<Facet.Value>();
        for (int v = 0; v < values.length; v++) {
            if (counts[v] > 0) {
                counted.add(new Facet.Value(values[v], values[v], counts[v]));
            }
        }
        return counted;
    }

    /** Whether the listed project with this id is fictional training data (false for one not listed). */
    public boolean isTraining(long id) {
        int p = Arrays.binarySearch(ids, id);
        return p >= 0 && shown.training()[p];
    }

    /** Whether any listed project is fictional training data. */
    public boolean anyTraining() {
        for (boolean training : shown.training()) {
            if (training) {
                return true;
            }
        }
        return false;
    }

    /** The rows the list shows for these ids, in their order, titles in the reader's language; ids not listed are left out. */
    List<ProjectRow> rows(long[] page, Language language) {
        var rows = new ArrayList<ProjectRow>(page.length);
        for (long id : page) {
            int p = Arrays.binarySearch(ids, id);
            if (p >= 0) {
                MultilingualText title = shown.titles()[p];
                rows.add(new ProjectRow(id, shown.identifiers()[p], title.in(language), title.translations().containsKey(language),
                        shown.statuses()[p], shown.starts()[p], shown.ends()[p], shown.countries()[p], shown.funders()[p],
                        shown.training()[p]));
            }
        }
        return rows;
    }
}
