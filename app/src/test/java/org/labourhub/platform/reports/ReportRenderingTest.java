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
                    List.of(new ReportTable.RowGroup(t("Partie I. Cohérence"), List.of(
                            List.of(t("Taux d'exécution"), t("Améliorer l'exécution\nRapports trimestriels"), t("Continu"), t("Réalisé — 85 %")),
                            List.of(t("Égalité entre hommes et femmes"), t("Intégrer la dimension"),
                                    ReportText.shown("Since September 2000", "en", "(non traduit ; original en anglais)"),
                                    t("En cours"))))))),
            ReportSection.of("Recommandations", new ReportBlock.NumberedList(List.of(
                    new ReportBlock.NumberedList.Item("1", t("Fusionner les deux bases de données de l'OEA et de l'OIT.")))))));

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
    void anUntranslatedTextIsFollowedByItsNoteInItalicsInTheWordDocument() throws Exception {
        var out = new ByteArrayOutputStream();
        ReportResponses.render(annex, ReportFormat.DOCX, Locale.FRENCH, out);
        try (var doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            var cell = doc.getTables().get(0).getRow(3).getCell(2);
            assertThat(cell.getText()).isEqualTo("Since September 2000 (non traduit ; original en anglais)");
            var runs = cell.getParagraphs().get(0).getRuns();
            assertThat(runs.get(runs.size() - 1).isItalic()).isTrue();
            assertThat(runs.get(0).isItalic()).isFalse();
            assertThat(doc.getTables().get(0).getRow(2).getCell(3).getText()).doesNotContain("non traduit");
        }
    }

    @Test
    void anUntranslatedTextIsFollowedByItsNoteInThePdf() throws Exception {
        var out = new ByteArrayOutputStream();
        ReportResponses.render(annex, ReportFormat.PDF, Locale.FRENCH, out);
        try (var pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Since September 2000 (non traduit ; original en anglais)");
            assertThat(text.indexOf("non traduit")).isEqualTo(text.lastIndexOf("non traduit"));
        }
    }

    @Test
    void thePdfEmbedsAUnicodeFontSoAccentedWordsComeBackOut() throws Exception {
        var out = new ByteArrayOutputStream();
        ReportResponses.render(annex, ReportFormat.PDF, Locale.FRENCH, out);
        try (var pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Plan de mise en œuvre", "Égalité entre hommes et femmes", "Since September 2000",
                    "Réalisé — 85 %", "Fusionner les deux bases de données");
            var page = pdf.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isGreaterThan(page.getHeight());
            var fonts = pdf.getPage(0).getResources().getFontNames();
            assertThat(fonts).isNotEmpty();
            assertThat(pdf.getPage(0).getResources().getFont(fonts.iterator().next()).getName()).contains("DejaVu");
        }
    }

    private static ReportText t(String text) {
        return ReportText.plain(text);
    }

    @Test
    void aRowMustHaveOneCellPerColumnAndUnknownFormatsAreRefused() {
        assertThatThrownBy(() -> new ReportTable(List.of("a", "b"), null,
                List.of(new ReportTable.RowGroup(null, List.of(List.of(t("only one"))))))).hasMessageContaining("1 cells");
        assertThat(ReportFormat.parse("PDF")).contains(ReportFormat.PDF);
        assertThat(ReportFormat.parse(null)).contains(ReportFormat.HTML);
        assertThat(ReportFormat.parse("xls")).isEmpty();
        assertThat(ReportResponses.safe("Plan d'action — 2018")).isEqualTo("Plan-d-action-2018");
    }
}
