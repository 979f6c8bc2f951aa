package org.labourhub;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium driven through chromedriver, for the end-to-end tests. Without the two programs the
 * test is skipped, unless CI is set: there a missing browser fails the build rather than hiding the tests.
 */
public final class Browser implements AutoCloseable {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private final WebDriver driver;
    private final int port;

    private Browser(WebDriver driver, int port) {
        this.driver = driver;
        // a report fetched by a script can take long on a busy two-core machine (the default is 30 s)
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        this.port = port;
    }

    /** Starts a browser with a fresh profile under target/, or skips the calling test (see the class comment). */
    public static Browser start(int port) throws IOException {
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
        return new Browser(new ChromeDriver(service, options), port);
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** Signs in through the login page with the demo password and waits for the account's name in the header. */
    public void signIn(String username) {
        open("/login?lang=en");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(IntegrationTest.DEMO_PASSWORD);
        find("form.form button[type=submit]").click();
        waitUntil(d -> !d.findElements(By.cssSelector(".account .who")).isEmpty());
    }

    public void signOut() {
        find(".account form button[type=submit]").click();
        waitUntil(d -> !d.findElements(By.cssSelector(".account a[href*='/login']")).isEmpty());
    }

    /** Sets a field's value as a date picker would (typing into one depends on the browser's locale). */
    public void setValue(WebElement input, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", input, value);
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Runs a script that calls its last argument when done, and returns what it passed. */
    public Object asyncScript(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, arguments);
    }

    public void waitUntil(Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
