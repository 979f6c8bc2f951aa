package org.labourhub.riskmaps.runs;

import org.labourhub.riskmaps.Mapping;
import org.labourhub.riskmaps.Role;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The names the engine reads: the survey and the census may call the same thing differently ("edad", "p03"), so each
 * file's header is rewritten for the run, every role's variable taking the role's own name; covariates keep theirs,
 * which both files share.
 */
final class EngineColumns {

    private EngineColumns() {
    }

    static String of(Role role) {
        return "lh_" + role.name().toLowerCase(Locale.ROOT);
    }

    /** The file's variable name → the name the engine reads, for the variables the mapping gives a role. */
    static Map<String, String> renames(Mapping mapping) {
        var renames = new LinkedHashMap<String, String>();
        mapping.roles().forEach((role, variable) -> {
            if (variable != null && !variable.isBlank()) {
                renames.put(variable, of(role));
            }
        });
        return renames;
    }

    /** The column holding a covariate in the rewritten files: the role's name when it also plays a role. */
    static String covariateColumn(Mapping mapping, String variable) {
        return renames(mapping).getOrDefault(variable, variable);
    }
}
