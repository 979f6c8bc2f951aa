package org.labourhub.platform.reports;

import java.util.List;

/** What a report section is made of. */
public sealed interface ReportBlock permits ReportBlock.Paragraph, ReportBlock.NumberedList, ReportTable {

    /** "paragraph", "list" or "table": what the page template switches on. */
    String kind();

    /** A paragraph of running text. */
    record Paragraph(ReportText text) implements ReportBlock {
        public Paragraph {
            text = text == null ? ReportText.EMPTY : text;
        }

        @Override
        public String kind() {
            return "paragraph";
        }
    }

    /** Items numbered as the source numbers them ("1", "2 a)", …): each item keeps its own label. */
    record NumberedList(List<Item> items) implements ReportBlock {
        public NumberedList {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "list";
        }

        public record Item(String label, ReportText text) {
        }
    }
}
