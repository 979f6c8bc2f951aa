package org.labourhub.riskmaps.datasets.formats;

import org.labourhub.riskmaps.datasets.formats.MicrodataProblem.Kind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The columns of a file whose cells are all text (CSV, XLSX): the header row gives the names, the caller says which
 * columns hold numbers. An empty cell is system-missing; in a number column, a cell that is not a number is a problem
 * at its line and column. A decimal comma ("3,5") is read as a number where the comma is not the separator.
 */
final class TextColumns {

    private final String fileName;
    private final List<Variable> variables;
    private final boolean decimalComma;

    private TextColumns(String fileName, List<Variable> variables, boolean decimalComma) {
        this.fileName = fileName;
        this.variables = variables;
        this.decimalComma = decimalComma;
    }

    static TextColumns of(String fileName, List<String> header, Set<String> numbers, boolean decimalComma) {
        if (header == null || header.isEmpty()) {
            throw MicrodataProblem.of(Kind.NO_HEADER, fileName);
        }
        var seen = new HashSet<String>();
        var variables = new ArrayList<Variable>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            if (name.isEmpty()) {
                throw new MicrodataProblem(Kind.EMPTY_NAME, fileName, 1, i + 1, null);
            }
            if (!seen.add(name)) {
                throw new MicrodataProblem(Kind.DUPLICATE_NAME, fileName, 1, i + 1, name, name);
            }
            variables.add(Variable.plain(name, numbers.contains(name) ? Variable.Kind.NUMBER : Variable.Kind.TEXT));
        }
        for (String number : numbers) {
            if (!seen.contains(number)) {
                throw new MicrodataProblem(Kind.UNKNOWN_VARIABLE, fileName, 1, 0, number, number);
            }
        }
        return new TextColumns(fileName, List.copyOf(variables), decimalComma);
    }

    List<Variable> variables() {
        return variables;
    }

    /** Puts one line's cells into the row; a missing trailing cell counts as empty. */
    void fill(Row row, List<String> cells, long line) {
        for (int column = 0; column < variables.size(); column++) {
            String cell = column < cells.size() && cells.get(column) != null ? cells.get(column) : "";
            Variable variable = variables.get(column);
            if (cell.isBlank()) {
                row.putSystemMissing(column);
            } else if (variable.isNumber()) {
                row.putNumber(column, number(cell, line, column, variable));
            } else {
                row.putText(column, cell);
            }
        }
    }

    private double number(String cell, long line, int column, Variable variable) {
        double value = NumberText.parse(cell);
        if (Double.isNaN(value) && decimalComma && cell.indexOf(',') == cell.lastIndexOf(',') && cell.indexOf('.') < 0) {
            value = NumberText.parse(cell.replace(',', '.'));
        }
        if (Double.isNaN(value)) {
            throw new MicrodataProblem(Kind.NOT_A_NUMBER, fileName, line, column + 1, variable.name(), cell.strip());
        }
        return value;
    }
}
