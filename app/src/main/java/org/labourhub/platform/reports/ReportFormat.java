package org.labourhub.platform.reports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The three forms of every report, chosen with {@code ?format=}. */
public enum ReportFormat {
    HTML("text/html", "html"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    PDF("application/pdf", "pdf");

    private final String contentType;
    private final String extension;

    ReportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    public static Optional<ReportFormat> parse(String code) {
        String wanted = code == null || code.isBlank() ? "html" : code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extension.equals(wanted)).findFirst();
    }
}
