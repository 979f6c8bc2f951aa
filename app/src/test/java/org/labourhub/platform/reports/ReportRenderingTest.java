package org.labourhub.platform.reports;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportRenderingTest {

    private final Report annex = new Report("Plan de mise en œuvre", "État des travaux au 31 août 2000", List.of(
            ReportSection.of("Annexe", new ReportTable(
                    List.of("Questions", "Contexte et lignes d'action", "Calendrier", "État des travaux"),
                    List.of(2, 4, 2, 4),
                    List.of(new ReportTable.RowGroup("Partie I. Cohérence", List.of(
                            List.of("Taux d'exécution", "Améliorer l'exécution\nRapports trimestriels", "Continu", "Réalisé — 85 %"),
                            List.of("Égalité entre hommes et femmes", "Intégrer la dimension", "Dès septembre 2000", "En cours")))))),
            ReportSection.of("Recommandations", new ReportBlock.NumberedList(List.of(
                    new ReportBlock.NumberedList.Item("1", "Fusionner les deux bases de données de l'OEA et de l'OIT."))))));

    @Test
    void theWordDocumentHoldsARealTableWithARepeatedHeaderOnLandscapePages() throws Exception {
        var out = new ByteArrayOutputStream();
        ReportResponses.render(annex, ReportFormat.DOCX, Locale.FRENCH, out);
        try (var doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(doc.getTables()).hasSize(1);
            var table = doc.getTables().get(0);
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRow(0).getCell(1).getText()).isEqualTo("Contexte et lignes d'action");
            assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("Partie I. Cohérence");
            assertThat(table.getRow(2).getCell(3).getText()).isEqualTo("Réalisé — 85 %");
            assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getOrient().toString()).isEqualTo("landscape");
            assertThat(new XWPFWordExtractor(doc).getText()).contains("Égalité entre hommes et femmes", "Fusionner les deux bases");
        }
    }

    @Test
    void thePdfEmbedsAUnicodeFontSoAccentedWordsComeBackOut() throws Exception {
        var out = new ByteArrayOutputStream();
        ReportResponses.render(annex, ReportFormat.PDF, Locale.FRENCH, out);
        try (var pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Plan de mise en œuvre", "Égalité entre hommes et femmes", "Dès septembre 2000",
                    "Réalisé — 85 %", "Fusionner les deux bases de données");
            var page = pdf.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isGreaterThan(page.getHeight());
            var fonts = pdf.getPage(0).getResources().getFontNames();
            assertThat(fonts).isNotEmpty();
            assertThat(pdf.getPage(0).getResources().getFont(fonts.iterator().next()).getName()).contains("DejaVu");
        }
    }

    @Test
    void aRowMustHaveOneCellPerColumnAndUnknownFormatsAreRefused() {
        assertThatThrownBy(() -> new ReportTable(List.of("a", "b"), null,
                List.of(new ReportTable.RowGroup("", List.of(List.of("only one")))))).hasMessageContaining("1 cells");
        assertThat(ReportFormat.parse("PDF")).contains(ReportFormat.PDF);
        assertThat(ReportFormat.parse(null)).contains(ReportFormat.HTML);
        assertThat(ReportFormat.parse("xls")).isEmpty();
        assertThat(ReportResponses.safe("Plan d'action — 2018")).isEqualTo("Plan-d-action-2018");
    }
}
