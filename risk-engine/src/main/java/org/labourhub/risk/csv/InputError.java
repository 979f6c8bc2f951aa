package org.labourhub.risk.csv;

import java.nio.file.Path;

/**
 * A problem in a person's input, said so that the person can fix it: what is wrong, where, and what to do.
 * Where is as precise as we know it: file, line (1 = header), column or variable.
 */
public final class InputError extends RuntimeException {

    private final String where;

    public InputError(String where, String problem) {
        super(where.isEmpty() ? problem : where + ": " + problem);
        this.where = where;
    }

    public static InputError at(Path file, long line, String column, String problem) {
        var where = new StringBuilder(file.getFileName().toString());
        if (line > 0) {
            where.append(", line ").append(line);
        }
        if (column != null) {
            where.append(", column '").append(column).append('\'');
        }
        return new InputError(where.toString(), problem);
    }

    public static InputError inFile(Path file, String problem) {
        return at(file, 0, null, problem);
    }

    public static InputError variable(String variable, String problem) {
        return new InputError("variable '" + variable + "'", problem);
    }

    public String where() {
        return where;
    }
}
