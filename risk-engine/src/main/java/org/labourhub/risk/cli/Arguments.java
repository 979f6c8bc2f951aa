package org.labourhub.risk.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code --name value} options of a command, checked against the options the command knows. */
final class Arguments {

    private final Map<String, String> values = new HashMap<>();

    Arguments(String[] args, int from, Set<String> known) {
        this(args, from, known, Set.of());
    }

    /** {@code switches} are options without a value: {@code --progress} alone means yes. */
    Arguments(String[] args, int from, Set<String> known, Set<String> switches) {
        for (int i = from; i < args.length; i++) {
            String name = args[i];
            if (name.startsWith("--") && switches.contains(name.substring(2))) {
                values.put(name.substring(2), "yes");
                continue;
            }
            if (!name.startsWith("--") || !known.contains(name.substring(2))) {
                throw new UsageError("unknown option " + name);
            }
            if (i + 1 >= args.length) {
                throw new UsageError("option " + name + " needs a value");
            }
            values.put(name.substring(2), args[++i]);
        }
    }

    /** A yes/no option: {@code --name yes} or {@code --name no}. */
    boolean flag(String name) {
        String value = values.getOrDefault(name, "no");
        if (!value.equals("yes") && !value.equals("no")) {
            throw new UsageError("option --" + name + " must be yes or no, not '" + value + "'");
        }
        return value.equals("yes");
    }

    Path path(String name) {
        return Path.of(required(name));
    }

    Optional<Path> optionalPath(String name) {
        return Optional.ofNullable(values.get(name)).map(Path::of);
    }

    String required(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new UsageError("option --" + name + " is required");
        }
        return value;
    }

    long number(String name, long fallback) {
        String value = values.get(name);
        try {
            return value == null ? fallback : Long.parseLong(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new UsageError("option --" + name + " must be a whole number, not '" + value + "'");
        }
    }

    double decimal(String name, double fallback) {
        String value = values.get(name);
        try {
            return value == null ? fallback : Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new UsageError("option --" + name + " must be a number, not '" + value + "'");
        }
    }

    /** A command line that cannot be understood. */
    static final class UsageError extends RuntimeException {
        UsageError(String message) {
            super(message);
        }
    }
}
