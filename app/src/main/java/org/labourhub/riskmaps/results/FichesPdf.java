package org.labourhub.riskmaps.results;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Fiches as PDF, one A4 page each, drawn directly with PDFBox and the DejaVu fonts the platform's reports embed:
 * all 2,000 fiches of a large run print in seconds, where laying them out as one long HTML report would take
 * minutes. The words are those of the fiche page.
 */
final class FichesPdf {

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float VALUES_AT = MARGIN + 250;

    private final PDDocument document;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private PDPageContentStream page;
    private float y;

    private FichesPdf(PDDocument document) throws IOException {
        this.document = document;
        this.regular = font(document, "DejaVuSans.ttf");
        this.bold = font(document, "DejaVuSans-Bold.ttf");
    }

    /** Writes one page per fiche under a heading naming the run, with the section titles in the reader's words. */
    static void write(List<Fiche> fiches, String heading, Sections sections, OutputStream out) throws IOException {
        try (var document = new PDDocument()) {
            var pdf = new FichesPdf(document);
            document.getDocumentInformation().setTitle(heading);
            for (Fiche fiche : fiches) {
                pdf.fiche(fiche, heading, sections);
            }
            document.save(out);
        }
    }

    /** The headings of a fiche's parts, in the reader's language. */
    record Sections(String figures, String byGroup, String risks, String protective, String cautions, String none) {
    }

    private void fiche(Fiche fiche, String heading, Sections s) throws IOException {
        var a4 = new PDPage(PDRectangle.A4);
        document.addPage(a4);
        try (var stream = new PDPageContentStream(document, a4)) {
            page = stream;
            y = PDRectangle.A4.getHeight() - MARGIN;
            text(heading, regular, 9, MARGIN);
            y -= 8;
            paragraph(fiche.title(), bold, 16);
            y -= 6;
            section(s.figures(), fiche.figures());
            if (!fiche.byGroup().isEmpty()) {
                section(s.byGroup(), fiche.byGroup());
            }
            factors(s.risks(), fiche.risks(), s.none());
            factors(s.protective(), fiche.protective(), s.none());
            y -= 4;
            paragraph(fiche.explanation(), regular, 9);
            if (!fiche.flags().isEmpty()) {
                y -= 6;
                paragraph(s.cautions(), bold, 11);
                for (String flag : fiche.flags()) {
                    paragraph("• " + flag, regular, 10);
                }
            }
        }
    }

    private void section(String title, List<Fiche.Line> lines) throws IOException {
        y -= 8;
        paragraph(title, bold, 12);
        for (Fiche.Line line : lines) {
            text(line.label(), regular, 10, MARGIN);
            y += 13;
            text(line.value(), bold, 10, VALUES_AT);
        }
    }

    private void factors(String title, List<Fiche.Factor> factors, String none) throws IOException {
        var lines = new ArrayList<Fiche.Line>();
        for (Fiche.Factor f : factors) {
            lines.add(new Fiche.Line(f.label(), f.share() + "  (" + f.points() + ")"));
        }
        if (lines.isEmpty()) {
            lines.add(new Fiche.Line(none, ""));
        }
        section(title, lines);
    }

    /** Writes words wrapped to the page's width. */
    private void paragraph(String words, PDType0Font font, float size) throws IOException {
        var line = new StringBuilder();
        for (String word : printable(words).split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(longer) / 1000 * size > WIDTH) {
                text(line.toString(), font, size, MARGIN);
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(longer);
            }
        }
        text(line.toString(), font, size, MARGIN);
    }

    private void text(String words, PDType0Font font, float size, float x) throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, y);
        page.showText(printable(words));
        page.endText();
        y -= size * 1.3f;
    }

    /** The narrow no-break space some languages put before "%" is printed as a no-break space. */
    private static String printable(String text) {
        return text.replace('\u202F', '\u00A0').replace('\n', ' ');
    }

    private static PDType0Font font(PDDocument document, String file) throws IOException {
        try (InputStream in = FichesPdf.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IllegalStateException("The font " + file + " is missing from the class path (jasperreports-fonts)");
            }
            return PDType0Font.load(document, in);
        }
    }
}
