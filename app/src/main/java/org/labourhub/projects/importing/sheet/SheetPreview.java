package org.labourhub.projects.importing.sheet;

import java.util.List;

/**
 * The start of a sheet, for the screen where its columns are matched: the workbook's sheet names (none for CSV),
 * the header's cells, the first rows after it and what was detected about the file (e.g. "CSV, UTF-8, ;").
 */
public record SheetPreview(List<String> sheetNames, List<String> header, List<SheetRow> rows, String description) {
}
