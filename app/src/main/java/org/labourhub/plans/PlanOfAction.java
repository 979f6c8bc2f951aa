package org.labourhub.plans;

import org.labourhub.platform.i18n.MultilingualText;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A plan of action, work plan or strategic plan: a named tree whose level names the plan chooses (result →
 * product → activity; part → issue → line of action; organ → activity). The period is null when the source
 * states none.
 */
public record PlanOfAction(Long id, String key, MultilingualText name, MultilingualText description,
                    MultilingualText sourceNote, PlanKind kind, PlanStatus status, Period period,
                    List<MultilingualText> levels, int version) {

    public PlanOfAction {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        levels = List.copyOf(levels);
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("A plan names at least one level");
        }
    }

    /** The name of a level of the tree (0 = top) in the reader's language; the deepest name for deeper levels. */
    public String levelName(int level, Locale locale) {
        return levels.get(Math.min(level, levels.size() - 1)).in(locale);
    }
}
