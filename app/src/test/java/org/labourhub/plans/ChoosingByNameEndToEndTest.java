package org.labourhub.plans;

import org.junit.jupiter.api.Test;
import org.labourhub.BrowserTest;
import org.labourhub.IntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The type-ahead through a real browser, by keyboard: the secretariat types part of a Spanish name, moves to a
 * suggestion with the arrow keys, chooses with Enter, removes a second choice with its button, and saves; then
 * writes a new entry's funder by choosing it the same way.
 */
@IntegrationTest
class ChoosingByNameEndToEndTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSecretariatChoosesResponsibleOrganisationsByName() {
        var fixture = new PlansFixture(jdbc);
        long plan = fixture.planId("ilo-tc-implementation-plan-2000");
        long element = jdbc.sql("select id from plans.element where plan_id = ? order by position limit 1").param(plan).query(Long.class).single();
        long activity = jdbc.sql("""
                        insert into plans.activity (plan_id, element_id, title, calendar_kind, position)
                        values (?, ?, '{"original":"fr","fr":"Inspections choisies au clavier"}', 'CONTINUOUS', 10002) returning id""")
                .params(plan, element).query(Long.class).single();

        browser.signIn("secretariat");
        browser.open("/plans/" + plan + "/activities/" + activity + "/edit?lang=es");
        WebElement input = browser.find("input#responsible[role=combobox]");
        input.sendKeys("prevision soc");
        browser.waitUntil(d -> options().size() >= 4 && "true".equals(input.getAttribute("aria-expanded")));
        List<String> names = options().stream().map(WebElement::getText).toList();
        int mintrab = names.indexOf("Ministerio de Trabajo y Previsión Social (MINTRAB)");
        assertThat(mintrab).as("suggested among %s", names).isNotNegative();
        input.sendKeys(Keys.ARROW_DOWN);
        for (int i = 0; i < mintrab; i++) {
            input.sendKeys(Keys.ARROW_DOWN);
        }
        if (mintrab > 0) {
            input.sendKeys(Keys.ARROW_UP, Keys.ARROW_DOWN);
        }
        assertThat(input.getAttribute("aria-activedescendant")).isEqualTo(options().get(mintrab).getAttribute("id"));
        input.sendKeys(Keys.ENTER);
        assertThat(input.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(chosen()).containsExactly("Ministerio de Trabajo y Previsión Social (MINTRAB)");

        input.sendKeys("mtps");
        browser.waitUntil(d -> options().size() == 1 && "true".equals(input.getAttribute("aria-expanded")));
        input.sendKeys(Keys.ENTER);
        assertThat(chosen()).hasSize(2);
        browser.find("[data-typeahead]:has(#responsible) .typeahead-choice:nth-child(2) .typeahead-remove").click();
        assertThat(chosen()).containsExactly("Ministerio de Trabajo y Previsión Social (MINTRAB)");
        input.sendKeys("secretaria");
        browser.waitUntil(d -> "true".equals(input.getAttribute("aria-expanded")));
        input.sendKeys(Keys.ESCAPE);
        assertThat(input.getAttribute("aria-expanded")).isEqualTo("false");

        browser.find("form.form .actions button[type=submit]").click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("?saved"));
        assertThat(jdbc.sql("select o.key from plans.activity_responsible r join directory.organisation o on o.id = r.organisation_id where r.activity_id = ?")
                .param(activity).query(String.class).list()).containsExactly("mol-gt");

        browser.open("/projects/entries/new?lang=es");
        WebElement funder = browser.find("input#funder[role=combobox]");
        funder.sendKeys("aecid");
        browser.waitUntil(d -> "true".equals(funder.getAttribute("aria-expanded")));
        funder.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        assertThat(funder.getAttribute("value")).isEqualTo("Agencia Española de Cooperación Internacional para el Desarrollo");
    }

    private List<WebElement> options() {
        return browser.driver().findElements(By.cssSelector("#responsible-options [role=option]"));
    }

    private List<String> chosen() {
        return browser.driver().findElements(By.cssSelector("[data-typeahead]:has(#responsible) .typeahead-label")).stream()
                .map(WebElement::getText).toList();
    }
}
