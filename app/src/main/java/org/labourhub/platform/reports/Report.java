package org.labourhub.platform.reports;

import java.util.List;
import java.util.Objects;

/**
 * A report as data, whatever it is printed as: a title, a subtitle and sections. Every text is already in the
 * reader's language, so the same report renders identically as a web page, a Word document and a PDF.
 */
public record Report(String title, String subtitle, List<ReportSection> sections) {

    public Report {
        Objects.requireNonNull(title, "title");
        subtitle = subtitle == null ? "" : subtitle;
        sections = List.copyOf(sections);
    }

    /** Whether a table is wide enough (four columns or more) to be printed on landscape pages. */
    public boolean isWide() {
        return sections.stream().flatMap(s -> s.blocks().stream())
                .anyMatch(b -> b instanceof ReportTable t && t.columns().size() >= 4);
    }
}
