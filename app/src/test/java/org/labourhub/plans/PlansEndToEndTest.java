package org.labourhub.plans;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.labourhub.BrowserTest;
import org.labourhub.IntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The follow-up workflow through a real browser: the secretariat opens a reporting cycle, Guatemala's focal point
 * reports progress on its activity, the secretariat approves it, and the generated report shows it.
 */
@IntegrationTest
class PlansEndToEndTest extends BrowserTest {

    private static final String PROGRESS = "Three workshops held with labour inspectors in Quetzaltenango.";

    @Autowired
    JdbcClient jdbc;

    private long plan;
    private long activity;

    @BeforeEach
    void planAndActivity() {
        plan = new PlansFixture(jdbc).planId("ilo-tc-implementation-plan-2000");
        activity = guatemalanActivity();
    }

    @Test
    void aFocalPointsApprovedUpdateAppearsInTheGeneratedReport() {
        browser.signIn("secretariat");
        long cycle = openCycle();
        browser.signOut();

        browser.signIn("focal.gt");
        browser.open("/me/assignments?lang=en");
        browser.find("a[href$='/activities/" + activity + "']").click();
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/activities/" + activity));
        assertThat(browser.find("#cycleId option:checked").getAttribute("value")).isEqualTo(String.valueOf(cycle));
        browser.find("#text").sendKeys(PROGRESS);
        browser.find("form[action$='/updates'] button[type=submit]").click();
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("?submitted"));
        browser.signOut();

        browser.signIn("secretariat");
        browser.open("/plans/" + plan + "/cycles/" + cycle + "?lang=en");
        WebElement item = browser.driver().findElements(By.cssSelector(".review-item")).stream()
                .filter(e -> e.getText().contains(PROGRESS)).findFirst().orElseThrow();
        item.findElement(By.cssSelector("form[action$='/approve'] button")).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("?approved"));

        browser.open("/plans/" + plan + "/reports/annex?lang=en");
        assertThat(browser.find(".report-table").getText()).contains("Workshops with labour inspectors", PROGRESS);
    }

    /**
     * The secretariat opens a cycle as of today asking for an update on this activity alone (the form proposes every
     * activity of the plan; the others are unticked so that other tests' activities are not drawn in).
     */
    private long openCycle() {
        browser.open("/plans/" + plan + "/cycles?lang=en");
        browser.setValue(browser.find("#asOf"), LocalDate.now().toString());
        browser.setValue(browser.find("#due"), LocalDate.now().plusDays(30).toString());
        browser.script("document.querySelectorAll('input[name=activityIds]').forEach(c => c.checked = false);");
        browser.find("input[name=activityIds][value='" + activity + "']").click();
        browser.find("form[action$='/cycles'] button[type=submit]").click();
        browser.waitUntil(d -> d.getCurrentUrl().matches(".*/cycles/\\d+.*"));
        String url = browser.driver().getCurrentUrl();
        return Long.parseLong(url.replaceAll(".*/cycles/(\\d+).*", "$1"));
    }

    /** A line of action of the annex's first issue for which Guatemala's ministry of labour is responsible. */
    private long guatemalanActivity() {
        long element = jdbc.sql("select id from plans.element where plan_id = ? order by position limit 1")
                .param(plan).query(Long.class).single();
        long id = jdbc.sql("""
                        insert into plans.activity (plan_id, element_id, title, calendar_kind, position)
                        values (?, ?, '{"original":"en","en":"Workshops with labour inspectors"}', 'CONTINUOUS', 10000)
                        returning id""")
                .params(plan, element).query(Long.class).single();
        jdbc.sql("""
                        insert into plans.activity_responsible (activity_id, organisation_id, lead)
                        select ?, id, true from directory.organisation where key = 'mol-gt'""")
                .param(id).update();
        return id;
    }
}
