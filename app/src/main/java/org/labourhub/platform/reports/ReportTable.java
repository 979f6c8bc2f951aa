package org.labourhub.platform.reports;

import java.util.List;

/**
 * A table with column headings and rows, possibly in groups each under a heading that spans the table (the parts of
 * a plan, the organs of a work plan). A cell may hold several lines, separated by line breaks.
 *
 * @param widths relative column widths, one per column (e.g. 2, 4, 2, 4)
 */
public record ReportTable(List<String> columns, List<Integer> widths, List<RowGroup> groups) implements ReportBlock {

    public ReportTable {
        columns = List.copyOf(columns);
        widths = widths == null || widths.isEmpty() ? columns.stream().map(c -> 1).toList() : List.copyOf(widths);
        if (widths.size() != columns.size()) {
            throw new IllegalArgumentException("A table of " + columns.size() + " columns needs as many widths");
        }
        groups = List.copyOf(groups);
        for (RowGroup group : groups) {
            for (List<ReportText> row : group.rows()) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("A row has " + row.size() + " cells, the table " + columns.size() + " columns");
                }
            }
        }
    }

    @Override
    public String kind() {
        return "table";
    }

    /** The share of the table's width column {@code i} takes, in percent. */
    public int percent(int i) {
        int total = widths.stream().mapToInt(Integer::intValue).sum();
        return Math.round(100f * widths.get(i) / total);
    }

    /** Rows under an optional heading; a blank heading means the rows are not grouped. */
    public record RowGroup(ReportText heading, List<List<ReportText>> rows) {
        public RowGroup {
            heading = heading == null ? ReportText.EMPTY : heading;
            rows = rows.stream().map(r -> r.stream().map(c -> c == null ? ReportText.EMPTY : c).toList()).toList();
        }

        public boolean hasHeading() {
            return !heading.isBlank();
        }
    }
}
