package org.labourhub.projects.importing.iati;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What to write at each path of one activity: how many times an element occurs under each parent, attribute values
 * and element texts, and narratives. Keys are path suffixes ("@iso-date", "transaction/value/@currency"); the longest
 * suffix that matches wins, and a table falls back on the one it extends. Each list is used in turn, one entry per
 * occurrence, and starts again when it runs out; a null value leaves the attribute out.
 */
final class ValueTable {

    private final ValueTable base;
    private final Map<String, List<Integer>> counts = new HashMap<>();
    private final Map<String, List<String>> values = new HashMap<>();
    private final Map<String, List<String>> narratives = new HashMap<>();

    ValueTable(ValueTable base) {
        this.base = base;
    }

    ValueTable count(String path, Integer... perParent) {
        counts.put(path, List.of(perParent));
        return this;
    }

    ValueTable value(String path, String... inTurn) {
        values.put(path, Arrays.asList(inTurn));
        return this;
    }

    /** Each entry is one parent's narratives, "English | français | español | português"; an empty part is left out. */
    ValueTable narrative(String path, String... inTurn) {
        narratives.put(path, List.of(inTurn));
        return this;
    }

    List<Integer> counts(String path) {
        return find(path, table -> table.counts);
    }

    List<String> values(String path) {
        return find(path, table -> table.values);
    }

    List<String> narratives(String path) {
        return find(path, table -> table.narratives);
    }

    private <T> List<T> find(String path, Function<ValueTable, Map<String, List<T>>> map) {
        for (String suffix = path; ; suffix = suffix.substring(suffix.indexOf('/') + 1)) {
            for (ValueTable table = this; table != null; table = table.base) {
                List<T> found = map.apply(table).get(suffix);
                if (found != null) {
                    return found;
                }
            }
            if (suffix.indexOf('/') < 0) {
                return null;
            }
        }
    }
}
