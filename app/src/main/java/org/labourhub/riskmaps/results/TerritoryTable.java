package org.labourhub.riskmaps.results;

import org.labourhub.riskmaps.ModelRun;
import org.labourhub.riskmaps.Territories;
import org.labourhub.riskmaps.TerritoryNames;
import org.labourhub.riskmaps.TerritoryResult;
import org.labourhub.riskmaps.TerritoryResult.TerritoryDetails;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A finished run's territories with their names, filtered and sorted as the reader asked. The caller has checked
 * that the reader may see the run.
 */
@Component
public class TerritoryTable {

    private static final TerritoryDetails NO_DETAILS = new TerritoryDetails(null, null, List.of(), List.of(), List.of());

    private final Territories territories;
    private final TerritoryNames names;
    private final JdbcClient jdbc;

    TerritoryTable(Territories territories, TerritoryNames names, JdbcClient jdbc) {
        this.territories = territories;
        this.names = names;
        this.jdbc = jdbc;
    }

    /** A territory as the table lists it; {@code name} is the boundary's, or the code when the set has none. */
    public record Row(TerritoryResult result, String name, boolean named, String sortName) {

        Row(TerritoryResult result, String name, boolean named) {
            this(result, name, named, folded(name));
        }

        public String code() {
            return result.code();
        }
    }

    /** The columns a reader may sort by. */
    public enum Sort {
        RANK, NAME, CODE, CHILDREN, EXPECTED, RATE, LEVEL
    }

    /** Which territories to list: levels (none = all), flagged ones only, a text in the code or name. */
    public record Query(Set<Integer> levels, boolean flaggedOnly, String text, Sort sort, boolean descending) {

        public static Query all() {
            return new Query(Set.of(), false, null, Sort.RANK, false);
        }

        public Query {
            levels = levels == null ? Set.of() : Set.copyOf(levels);
            sort = sort == null ? Sort.RANK : sort;
        }
    }

    /**
     * The rows the reader asked for, without the fiche's details (rates by group, profile, factors), which the table
     * and its downloads do not show and which cost most of the reading.
     */
    public List<Row> rows(ModelRun run, Query query) {
        return named(run, figures(run.id())).filter(matching(query)).sorted(order(query)).toList();
    }

    /** Every territory with its details, in rank order, for fiches and the API. */
    public List<Row> all(ModelRun run) {
        return named(run, territories.of(run.id()).stream()).sorted(order(Query.all())).toList();
    }

    private Stream<Row> named(ModelRun run, Stream<TerritoryResult> results) {
        Map<String, String> named = names.of(run.boundarySetId());
        return results.map(t -> new Row(t, named.getOrDefault(t.code(), t.code()), named.containsKey(t.code())));
    }

    private Stream<TerritoryResult> figures(long runId) {
        return jdbc.sql("""
                        select code, region, children, expected, rate, rate_low, rate_high, rank, rank_low, rank_high,
                            level, p_high, few_children, wide_interval
                        from riskmaps.territory where run_id = ?""")
                .param(runId)
                .query((rs, n) -> new TerritoryResult(rs.getString(1), rs.getString(2), rs.getDouble(3),
                        rs.getDouble(4), rs.getDouble(5), rs.getDouble(6), rs.getDouble(7), rs.getInt(8),
                        rs.getDouble(9), rs.getDouble(10), rs.getInt(11), (Double) rs.getObject(12), rs.getBoolean(13),
                        rs.getBoolean(14), NO_DETAILS))
                .list().stream();
    }

    private static Predicate<Row> matching(Query q) {
        String text = q.text() == null || q.text().isBlank() ? null : folded(q.text().strip());
        return row -> (q.levels().isEmpty() || q.levels().contains(row.result().level()))
                && (!q.flaggedOnly() || row.result().fewChildren() || row.result().wideInterval())
                && (text == null || row.code().toLowerCase(Locale.ROOT).contains(text) || row.sortName().contains(text));
    }

    private static Comparator<Row> order(Query q) {
        Comparator<Row> by = switch (q.sort()) {
            case RANK -> Comparator.comparingInt(r -> r.result().rank());
            case NAME -> Comparator.comparing(Row::sortName);
            case CODE -> Comparator.comparing(Row::code, TerritoryTable::compareCodes);
            case CHILDREN -> Comparator.comparingDouble(r -> r.result().children());
            case EXPECTED -> Comparator.comparingDouble(r -> r.result().expected());
            case RATE -> Comparator.comparingDouble(r -> r.result().rate());
            case LEVEL -> Comparator.comparingInt(r -> r.result().level());
        };
        by = q.descending() ? by.reversed() : by;
        return by.thenComparing(Row::code, TerritoryTable::compareCodes);
    }

    /** Codes that are numbers sort as numbers ("2" before "10"); others as text. */
    static int compareCodes(String a, String b) {
        boolean numberA = a.matches("\\d{1,18}");
        boolean numberB = b.matches("\\d{1,18}");
        if (numberA && numberB) {
            return Long.compare(Long.parseLong(a), Long.parseLong(b));
        }
        return numberA != numberB ? (numberA ? -1 : 1) : a.compareTo(b);
    }

    static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
