package org.labourhub.projects.importing.sheet;

import java.util.List;

/** One row of a spreadsheet: its number as the user sees it (1 = the header) and its cells as text. */
public record SheetRow(int number, List<String> cells) {

    public String cell(int column) {
        return column >= 0 && column < cells.size() && cells.get(column) != null ? cells.get(column).strip() : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
}
