package org.labourhub.riskmaps;

import java.util.Locale;
import java.util.Optional;

/** The file formats a dataset may come in, known by the file name's extension. */
public enum DatasetFormat {
    CSV, XLSX, DTA, SAV;

    /** The format a file name claims (its contents are checked when it is read). */
    public static Optional<DatasetFormat> claimedBy(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        return switch (extension) {
            case "csv", "txt", "tsv" -> Optional.of(CSV);
            case "xlsx" -> Optional.of(XLSX);
            case "dta" -> Optional.of(DTA);
            case "sav", "zsav" -> Optional.of(SAV);
            default -> Optional.empty();
        };
    }
}
