package org.labourhub.projects;

import org.junit.jupiter.api.Test;
import org.labourhub.BrowserTest;
import org.labourhub.IntegrationTest;
import org.labourhub.projects.importing.iati.IatiSamples;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry through a real browser: the secretariat uploads an IATI file and follows the job's progress bar to
 * its report, finds the project by words without accents in the French interface, sees it flagged on the Portuguese
 * delivery dashboard with its charts drawn, and the Spanish report on its funder's portfolio offers a Word and a PDF
 * document.
 */
@IntegrationTest
class ProjectsEndToEndTest extends BrowserTest {

    private static final String TITLE = "Inspección del trabajo en las fincas de café de Belice";

    @Test
    void anImportedProjectIsFoundFlaggedAndReportedOn() throws Exception {
        Path file = Files.createDirectories(Path.of("target")).resolve("end-to-end-iati.xml");
        Files.writeString(file, IatiSamples.file(IatiSamples.activity("XI-E2E-CAFE-1", TITLE, "BZ", ""),
                IatiSamples.activity("XI-E2E-CAFE-2", "Código de país erróneo", "ZZ", "")), StandardCharsets.UTF_8);
        browser.signIn("secretariat");

        browser.open("/projects/import?lang=en");
        browser.find("#iati-file").sendKeys(file.toAbsolutePath().toString());
        browser.find("form[action*='/projects/import/iati'] button[type=submit]").click();
        browser.waitUntil(d -> !d.findElements(By.cssSelector("#job-progress a.button")).isEmpty()); // the bar's polling ended
        assertThat(browser.find("#job-bar").getAttribute("value")).isEqualTo("100");
        browser.find("#job-progress a.button").click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/projects/imports/"));
        assertThat(browser.find("main").getText()).contains("2 records read: 2 imported, 0 refused.",
                "1 imported project is flagged with errors or warnings to fix.", "XI-E2E-CAFE-2");
        browser.find("main a[href='/projects/flagged']").click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/projects/flagged"));
        browser.find("main a[href$='#flags']");
        assertThat(browser.find("main").getText()).contains("XI-E2E-CAFE-2");

        browser.open("/projects?lang=fr");
        browser.find("#q").sendKeys("inspeccion cafe belice");
        browser.find("form.filters button[type=submit]").click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("q=inspeccion"));
        WebElement found = browser.find("#results a[href^='/projects/']");
        assertThat(found.getText()).isEqualTo(TITLE);
        found.click();
        browser.waitUntil(d -> d.getCurrentUrl().matches(".*/projects/\\d+$"));
        assertThat(browser.find("h1").getText()).isEqualTo(TITLE);

        browser.open("/projects/monitoring?lang=pt");
        browser.find("#country option[value=BZ]").click();
        browser.find("form.filters button[type=submit]").click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("country=BZ"));
        assertThat(browser.driver().findElements(By.cssSelector("main table a")).stream()
                .filter(a -> a.getText().equals(TITLE)).count())
                .as("ended in 2023 and still in implementation: flagged").isPositive();
        browser.waitUntil(d -> d.findElements(By.cssSelector(".chart")).stream()
                .allMatch(chart -> !chart.findElements(By.cssSelector("canvas, svg")).isEmpty()));

        browser.open("/projects/reports?lang=es&donor="
                + java.net.URLEncoder.encode("Departamento de Trabajo de los Estados Unidos", StandardCharsets.UTF_8));
        assertThat(browser.find("main").getText()).contains(TITLE, "1 de enero de 2020", "31 de diciembre de 2023",
                "pero sigue registrado como En ejecución").doesNotContain("null", "IMPLEMENTATION");
        for (String format : List.of("docx", "pdf")) {
            String href = browser.find("a[href*='format=" + format + "']").getAttribute("href");
            @SuppressWarnings("unchecked")
            var response = (Map<String, Object>) browser.script("""
                    return fetch(arguments[0]).then(r => r.arrayBuffer().then(b =>
                        ({status: r.status, type: r.headers.get('content-type'), size: b.byteLength})));""", href);
            assertThat(response.get("status")).as(format).isEqualTo(200L);
            assertThat((String) response.get("type")).as(format)
                    .contains(format.equals("pdf") ? "application/pdf" : "wordprocessingml");
            assertThat((Long) response.get("size")).as(format).isGreaterThan(1000L);
        }
    }
}
