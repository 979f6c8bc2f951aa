package org.labourhub.riskmaps.results;

import org.labourhub.riskmaps.ModelRun;
import org.labourhub.riskmaps.Territories;
import org.labourhub.riskmaps.TerritoryNames;
import org.labourhub.riskmaps.TerritoryResult;
import org.springframework.stereotype.Component;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A finished run's territories with their names, filtered and sorted as the reader asked. The caller has checked
 * that the reader may see the run.
 */
@Component
public class TerritoryTable {

    private final Territories territories;
    private final TerritoryNames names;

    TerritoryTable(Territories territories, TerritoryNames names) {
        this.territories = territories;
        this.names = names;
    }

    /** A territory as the table lists it; {@code name} is the boundary's, or the code when the set has none. */
    public record Row(TerritoryResult result, String name, boolean named) {
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

    public List<Row> rows(ModelRun run, Query query) {
        Map<String, String> named = names.of(run.boundarySetId());
        return territories.of(run.id()).stream()
                .map(t -> new Row(t, named.getOrDefault(t.code(), t.code()), named.containsKey(t.code())))
                .filter(matching(query))
                .sorted(order(query))
                .toList();
    }

    public List<Row> all(ModelRun run) {
        return rows(run, Query.all());
    }

    private static Predicate<Row> matching(Query q) {
        String text = q.text() == null || q.text().isBlank() ? null : folded(q.text().strip());
        return row -> (q.levels().isEmpty() || q.levels().contains(row.result().level()))
                && (!q.flaggedOnly() || row.result().fewChildren() || row.result().wideInterval())
                && (text == null || folded(row.code()).contains(text) || folded(row.name()).contains(text));
    }

    private static Comparator<Row> order(Query q) {
        Comparator<Row> by = switch (q.sort()) {
            case RANK -> Comparator.comparingInt(r -> r.result().rank());
            case NAME -> Comparator.comparing(r -> folded(r.name()));
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

    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
