package org.labourhub.platform.reports;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * A report as PDF, rendered from its print XHTML with the DejaVu fonts shipped in a Maven Central artifact
 * (jasperreports-fonts) and embedded in the file, so accents and symbols print the same on every machine.
 */
final class PdfDocument {

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    private PdfDocument() {
    }

    static void write(Report report, String language, OutputStream out) {
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(false);
            font(builder, "DejaVuSans.ttf", 400, BaseRendererBuilder.FontStyle.NORMAL);
            font(builder, "DejaVuSans-Bold.ttf", 700, BaseRendererBuilder.FontStyle.NORMAL);
            font(builder, "DejaVuSans-Oblique.ttf", 400, BaseRendererBuilder.FontStyle.ITALIC);
            builder.withHtmlContent(PrintXhtml.of(report, language), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the PDF", e);
        }
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, BaseRendererBuilder.FontStyle style) {
        builder.useFont(() -> open(file), PrintXhtml.FONT, weight, style, true);
    }

    private static InputStream open(String file) {
        InputStream in = PdfDocument.class.getResourceAsStream(FONTS + file);
        if (in == null) {
            throw new IllegalStateException("The font " + file + " is missing from the class path (jasperreports-fonts)");
        }
        return in;
    }
}
