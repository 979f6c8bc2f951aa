package org.labourhub.platform.reports;

import java.util.List;

/** A headed part of a report holding paragraphs, tables and numbered lists, in order. */
public record ReportSection(String heading, List<ReportBlock> blocks) {

    public ReportSection {
        heading = heading == null ? "" : heading;
        blocks = List.copyOf(blocks);
    }

    public static ReportSection of(String heading, ReportBlock... blocks) {
        return new ReportSection(heading, List.of(blocks));
    }
}
