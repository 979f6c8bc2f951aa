package org.labourhub.riskmaps.datasets.formats;

import org.labourhub.riskmaps.datasets.formats.MicrodataProblem.Kind;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The file formats read, each known by the endings of its files' names. */
public enum MicrodataFormat {
    CSV(List.of("csv", "txt", "tsv", "tab")),
    XLSX(List.of("xlsx")),
    STATA(List.of("dta")),
    SPSS(List.of("sav", "zsav"));

    private final List<String> extensions;

    MicrodataFormat(List<String> extensions) {
        this.extensions = extensions;
    }

    public List<String> extensions() {
        return extensions;
    }

    /** The format a file's name says, or a problem naming the extension. */
    public static MicrodataFormat of(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (MicrodataFormat format : values()) {
            if (format.extensions.contains(extension)) {
                return format;
            }
        }
        throw MicrodataProblem.of(Kind.UNKNOWN_EXTENSION, name, extension);
    }

    /** Opens a file in the format its name says. */
    public static MicrodataReader open(Path file, ReadOptions options) throws IOException {
        return of(file).reader(file, options);
    }

    public MicrodataReader reader(Path file, ReadOptions options) throws IOException {
        return switch (this) {
            case CSV -> CsvReader.open(file, options);
            case XLSX -> XlsxReader.open(file, options);
            case STATA -> DtaReader.open(file);
            case SPSS -> SavReader.open(file);
        };
    }
}
