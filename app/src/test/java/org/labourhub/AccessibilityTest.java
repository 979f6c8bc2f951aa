package org.labourhub;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main pages of each module, in Spanish and English, as an anonymous reader and as the secretariat, checked by
 * axe-core for the WCAG 2.1 A and AA rules: no serious or critical violation. And the page can be used from the
 * keyboard: the first Tab reaches the skip link, which moves the focus to the page's content.
 */
@IntegrationTest
class AccessibilityTest extends BrowserTest {

    @Test
    void mainPagesOfEveryModuleHaveNoSeriousViolationsInTwoLanguages() throws Exception {
        AxeCore.script(); // skips the test at once when axe-core cannot be had
        var violations = new ArrayList<String>();
        for (String language : List.of("es", "en")) {
            for (String path : publicPages(language)) {
                violations.addAll(check(path, language));
            }
        }
        browser.signIn("secretariat");
        for (String language : List.of("es", "en")) {
            for (String path : secretariatPages(language)) {
                violations.addAll(check(path, language));
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theKeyboardReachesTheSkipLinkFirstAndItLeadsToTheContent() {
        browser.open("/projects?lang=es");
        WebElement body = browser.find("body");
        body.sendKeys(Keys.TAB);
        WebElement focused = browser.driver().switchTo().activeElement();
        assertThat(focused.getAttribute("class")).contains("skip-link");
        assertThat(focused.isDisplayed()).as("the skip link shows when focused").isTrue();
        focused.sendKeys(Keys.ENTER);
        assertThat(browser.driver().getCurrentUrl()).endsWith("#main");
        assertThat(browser.driver().findElements(By.id("main"))).isNotEmpty();
    }

    private List<String> publicPages(String language) {
        var pages = new ArrayList<>(List.of("/", "/countries", "/countries/GT", "/organisations", "/networks", "/experts",
                "/projects", "/projects/monitoring", "/plans", "/login"));
        pages.add(firstLink("/organisations", "a[href^='/organisations/']"));
        pages.add(firstLink("/networks", "a[href^='/networks/']", "/networks/[a-z0-9-]+"));
        pages.add(firstLink("/projects", "a[href^='/projects/']", "/projects/\\d+"));
        String plan = planWithActivities();
        pages.add(plan);
        pages.add(firstLink(plan, "a[href*='/activities/']", "/plans/\\d+/activities/\\d+"));
        pages.add(firstLink(plan, "a[href*='/reports/']", "/plans/\\d+/reports/[a-z-]+"));
        return pages.stream().map(p -> p + (p.contains("?") ? "&" : "?") + "lang=" + language).toList();
    }

    private List<String> secretariatPages(String language) {
        var pages = new ArrayList<>(List.of("/people", "/countries/GT/edit", "/projects/import", "/projects/duplicates",
                "/projects/entries", "/projects/entries/new", "/plans/reporters", "/me/assignments", "/audit", "/plans/new",
                "/organisations/new", "/people/new"));
        String plan = planWithActivities();
        String activity = firstLink(plan, "a[href*='/activities/']", "/plans/\\d+/activities/\\d+");
        pages.add(activity + "/edit");
        pages.add(firstLink("/organisations", "a[href^='/organisations/']", "/organisations/\\d+") + "/edit");
        return pages.stream().map(p -> p + (p.contains("?") ? "&" : "?") + "lang=" + language).toList();
    }

    /** The first plan listed whose page links to at least one activity. */
    private String planWithActivities() {
        for (String plan : links("/plans", "a[href^='/plans/']", "/plans/\\d+")) {
            if (!links(plan, "a[href*='/activities/']", "/plans/\\d+/activities/\\d+").isEmpty()) {
                return plan;
            }
        }
        throw new AssertionError("No plan with activities");
    }

    private String firstLink(String page, String css) {
        return firstLink(page, css, ".*/\\d+");
    }

    /** The path of the first link on a page that matches both the selector and the pattern. */
    private String firstLink(String page, String css, String pattern) {
        return links(page, css, pattern).stream().findFirst()
                .orElseThrow(() -> new AssertionError("No link like " + pattern + " on " + page));
    }

    private List<String> links(String page, String css, String pattern) {
        browser.open(page);
        return browser.driver().findElements(By.cssSelector(css)).stream()
                .map(link -> link.getAttribute("href").replaceFirst("^https?://[^/]+", "").replaceFirst("[?#].*$", ""))
                .filter(href -> href.matches(pattern)).distinct().toList();
    }

    private List<String> check(String path, String language) throws Exception {
        browser.open(path);
        return AxeCore.violations(browser).stream().map(v -> language + " " + path + ": " + v).toList();
    }
}
