package org.labourhub;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Through a real browser (Debian's headless Chromium): a focal point signs in, switches to Spanish, edits its
 * country's profile, sees the change, and is refused on another country, by the page and by a forged post.
 */
@IntegrationTest
class EndToEndTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        boolean present = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!present && System.getenv("CI") != null) {
            fail("CI is set but /usr/bin/chromium or /usr/bin/chromedriver is missing: apt-get install chromium chromium-driver");
        }
        assumeTrue(present, "End-to-end test skipped: install chromium and chromium-driver (apt-get) to run it");
        Path profile = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "chromium-profile-");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--user-data-dir=" + profile.toAbsolutePath());
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aFocalPointEditsItsOwnCountryInSpanishAndIsRefusedOnAnother() {
        open("/login?lang=en");
        browser.findElement(By.id("username")).sendKeys("focal.gt");
        browser.findElement(By.id("password")).sendKeys(IntegrationTest.DEMO_PASSWORD);
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        waitUntil(d -> !d.findElements(By.cssSelector(".account .who")).isEmpty());
        assertThat(browser.findElement(By.cssSelector(".account .who")).getText()).contains("Guatemala");

        browser.findElement(By.cssSelector("nav.languages a[lang=es]")).click();
        waitUntil(d -> "es".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertThat(browser.findElement(By.cssSelector("nav ul")).getText()).contains("Países", "Organizaciones");

        open("/countries/GT/edit");
        assertThat(browser.findElement(By.cssSelector("label[for='labourMinistryId']")).getText()).isEqualTo("Ministerio de Trabajo");
        new Select(browser.findElement(By.id("summary.original"))).selectByValue("es");
        WebElement spanish = browser.findElement(By.id("summary.es"));
        spanish.clear();
        spanish.sendKeys("Guatemala coordina la hoja de ruta nacional contra el trabajo infantil.");
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        waitUntil(d -> d.getCurrentUrl().contains("/countries/GT?saved"));
        assertThat(browser.findElement(By.id("summary")).getText())
                .contains("Guatemala coordina la hoja de ruta nacional contra el trabajo infantil.");

        open("/countries/PE/edit");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("No autorizado");

        open("/countries/PE");
        assertThat(browser.findElements(By.cssSelector("a[href$='/countries/PE/edit']"))).isEmpty();
        forgePost("/countries/PE/edit", "Perfil falsificado");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("No autorizado");
        open("/countries/PE");
        assertThat(browser.getPageSource()).doesNotContain("Perfil falsificado");
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    /** Submits a profile edit the page never offered, with the session's own CSRF token. */
    private void forgePost(String action, String summary) {
        ((JavascriptExecutor) browser).executeScript("""
                var form = document.createElement('form');
                form.method = 'post';
                form.action = arguments[0];
                var fields = {'summary.original': 'es', 'summary.es': arguments[1], 'version': '0',
                              '_csrf': document.querySelector('meta[name="csrf-token"]').content};
                for (var name in fields) {
                  var input = document.createElement('input');
                  input.type = 'hidden'; input.name = name; input.value = fields[name];
                  form.appendChild(input);
                }
                document.body.appendChild(form);
                form.submit();""", action, summary);
        waitUntil(d -> d.getCurrentUrl().endsWith(action));
    }

    private static void waitUntil(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition);
    }
}
