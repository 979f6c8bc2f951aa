package org.labourhub;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks the whole demo in the four languages — as an anonymous reader, as the secretariat and as the administrator —
 * and fails on anything a reader must not see (see {@link ReaderText}) in any page, Word or PDF report, spreadsheet or
 * CSV header, and on any page that does not answer. It has a database of its own, so that records other tests write
 * do not count. The pages walked are written to target/demo-walk/, where bench/walk reads them.
 */
@IntegrationTest
@TestPropertySource(properties = "labourhub.database.home=target/walk-postgres")
class DemoWalkTest {

    private static final List<String> LANGUAGES = List.of("es", "en", "fr", "pt");
    private static final Pattern EVERYWHERE = Pattern.compile("^/");
    private static final Pattern ADMINISTRATION = Pattern.compile("^/(admin|audit)");

    @LocalServerPort
    int port;

    @Test
    void everyPageReportAndExportOfTheDemoReadsRightInTheFourLanguages() throws Exception {
        ReaderText rules = ReaderText.rules();
        var problems = new java.util.TreeMap<String, List<String>>();
        var walked = new ArrayList<String>();
        for (String language : LANGUAGES) {
            walk(new DemoWalk(port, language), List.of("/"), EVERYWHERE, "anonymous", language, rules, problems, walked);
            walk(new DemoWalk(port, language).signedInAs("secretariat", IntegrationTest.DEMO_PASSWORD),
                    List.of("/", "/me/assignments", "/plans/reporters", "/projects/entries", "/projects/duplicates"),
                    EVERYWHERE, "secretariat", language, rules, problems, walked);
            walk(new DemoWalk(port, language).signedInAs("admin", IntegrationTest.ADMIN_PASSWORD),
                    List.of("/admin/accounts", "/audit"), ADMINISTRATION, "admin", language, rules, problems, walked);
        }
        Files.createDirectories(Path.of("target/demo-walk"));
        Files.write(Path.of("target/demo-walk/pages.txt"), walked);
        assertThat(walked).as("pages walked").hasSizeGreaterThan(400);
        var report = new ArrayList<String>();
        problems.forEach((problem, where) -> report.add(problem + "  [" + where.size() + "× e.g. " + where.get(0) + "]"));
        Files.write(Path.of("target/demo-walk/problems.txt"), report);
        assertThat(report).as(report.size() + " distinct problems (all in target/demo-walk/problems.txt)").isEmpty();
    }

    private static void walk(DemoWalk walk, List<String> start, Pattern within, String reader, String language,
                             ReaderText rules, java.util.Map<String, List<String>> problems, List<String> walked) throws Exception {
        for (DemoWalk.Visit visit : walk.walk(start, within)) {
            walked.add(reader + " " + language + " " + visit.path());
            String where = reader + " " + language + " " + visit.path();
            List<String> found = visit.status() == 200 ? problemsIn(visit, rules) : List.of("answered " + visit.status() + " at " + visit.path());
            for (String problem : found) {
                problems.computeIfAbsent(problem, p -> new ArrayList<>()).add(where);
            }
        }
    }

    private static List<String> problemsIn(DemoWalk.Visit visit, ReaderText rules) throws Exception {
        String type = visit.contentType();
        if (visit.isHtml()) {
            return rules.inPage(Jsoup.parse(visit.html()));
        }
        if (type.contains("wordprocessingml")) {
            try (var document = new XWPFDocument(new ByteArrayInputStream(visit.body()));
                 var words = new XWPFWordExtractor(document)) {
                return rules.inText(words.getText(), true);
            }
        }
        if (type.startsWith("application/pdf")) {
            try (var document = Loader.loadPDF(visit.body())) {
                return rules.inText(new PDFTextStripper().getText(document), true);
            }
        }
        if (type.contains("spreadsheetml")) {
            try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(visit.body()))) {
                var header = workbook.getSheetAt(0).getRow(0);
                var text = new StringBuilder();
                header.forEach(cell -> text.append(cell.toString()).append(" | "));
                return rules.inText(text.toString(), false);
            }
        }
        if (type.startsWith("text/csv")) {
            String csv = new String(visit.body(), type.contains("1252") ? java.nio.charset.Charset.forName("windows-1252") : StandardCharsets.UTF_8);
            int end = csv.indexOf('\n');
            return rules.inText(end < 0 ? csv : csv.substring(0, end), false);
        }
        return List.of();
    }
}
