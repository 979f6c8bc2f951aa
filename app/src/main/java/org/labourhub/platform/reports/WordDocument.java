package org.labourhub.platform.reports;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

/** A report as a Word document (.docx): real tables whose header row repeats on every page; wide ones in landscape. */
final class WordDocument {

    private static final int A4_SHORT = 11906;
    private static final int A4_LONG = 16838;
    private static final int MARGINS = 2 * 1134;
    private static final String HEADING_FILL = "DCE3EA";
    private static final String GROUP_FILL = "F0F3F6";

    private WordDocument() {
    }

    static void write(Report report, OutputStream out) {
        try (var document = new XWPFDocument()) {
            int textWidth = pageSize(document, report.isWide());
            text(document.createParagraph(), report.title(), true, 16);
            if (!report.subtitle().isBlank()) {
                text(document.createParagraph(), report.subtitle(), false, 12);
            }
            for (ReportSection section : report.sections()) {
                if (!section.heading().isBlank()) {
                    text(document.createParagraph(), section.heading(), true, 13);
                }
                for (ReportBlock block : section.blocks()) {
                    block(document, block, textWidth);
                }
            }
            document.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the Word document", e);
        }
    }

    private static void block(XWPFDocument document, ReportBlock block, int textWidth) {
        if (block instanceof ReportBlock.Paragraph p) {
            runs(document.createParagraph(), p.text(), false, 11);
        } else if (block instanceof ReportBlock.NumberedList list) {
            list.items().forEach(item -> runs(document.createParagraph(),
                    ReportText.plain(item.label() + "\t").then(item.text()), false, 11));
        } else if (block instanceof ReportTable table) {
            table(document, table, textWidth);
        }
    }

    private static void table(XWPFDocument document, ReportTable table, int textWidth) {
        int columns = table.columns().size();
        XWPFTable t = document.createTable(1, columns);
        t.setWidth(textWidth);
        t.getCTTbl().getTblPr().getTblW().setType(STTblWidth.DXA);
        XWPFTableRow header = t.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int i = 0; i < columns; i++) {
            XWPFTableCell cell = header.getCell(i);
            cell.setWidth(String.valueOf(textWidth * table.percent(i) / 100));
            cell.setColor(HEADING_FILL);
            runs(cell.getParagraphs().get(0), ReportText.plain(table.columns().get(i)), true, 9);
        }
        for (ReportTable.RowGroup group : table.groups()) {
            if (group.hasHeading()) {
                groupRow(t.createRow(), group.heading(), columns);
            }
            for (List<ReportText> row : group.rows()) {
                XWPFTableRow r = t.createRow();
                for (int i = 0; i < columns; i++) {
                    runs(r.getCell(i).getParagraphs().get(0), row.get(i), false, 9);
                }
            }
        }
        document.createParagraph();
    }

    private static void groupRow(XWPFTableRow row, ReportText heading, int columns) {
        for (int i = columns - 1; i > 0; i--) {
            row.removeCell(i);
        }
        XWPFTableCell cell = row.getCell(0);
        cell.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(columns));
        cell.setColor(GROUP_FILL);
        runs(cell.getParagraphs().get(0), heading, true, 9);
    }

    /** The runs of a text; each untranslated one is followed by its note in italics. */
    private static void runs(XWPFParagraph paragraph, ReportText text, boolean bold, int size) {
        for (ReportText.Run r : text.runs()) {
            lines(paragraph.createRun(), r.text(), bold, false, size);
            if (r.isUntranslated()) {
                lines(paragraph.createRun(), " " + r.note(), false, true, size - 1);
            }
        }
    }

    private static void lines(XWPFRun run, String text, boolean bold, boolean italic, int size) {
        run.setBold(bold);
        run.setItalic(italic);
        run.setFontSize(size);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
    }

    private static void text(XWPFParagraph paragraph, String text, boolean bold, int size) {
        paragraph.setAlignment(ParagraphAlignment.LEFT);
        lines(paragraph.createRun(), text, bold, false, size);
    }

    /** Sets A4 (landscape when wide) and returns the width left for text, in twentieths of a point. */
    private static int pageSize(XWPFDocument document, boolean landscape) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        var margins = section.addNewPgMar();
        for (var setter : List.<java.util.function.Consumer<BigInteger>>of(margins::setTop, margins::setBottom,
                margins::setLeft, margins::setRight)) {
            setter.accept(BigInteger.valueOf(1134));
        }
        return (landscape ? A4_LONG : A4_SHORT) - MARGINS;
    }
}
