package org.labourhub;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through a real browser (Debian's headless Chromium): a focal point signs in, switches to Spanish, changes its
 * country's profile and sees it waiting for validation (the public page unchanged), is refused on another country,
 * by the page and by a forged post; the secretariat then validates the change and the public page shows it.
 */
@IntegrationTest
class EndToEndTest extends BrowserTest {

    private static final String PROFILE = "Guatemala coordina la hoja de ruta nacional contra el trabajo infantil.";

    @Test
    void aFocalPointChangesItsOwnCountryInSpanishTheSecretariatValidatesItAndAnotherCountryIsRefused() {
        browser.signIn("focal.gt");
        assertThat(browser.find(".account .who").getText()).contains("Guatemala");

        browser.find("nav.languages a[lang=es]").click();
        browser.waitUntil(d -> "es".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertThat(browser.find("nav ul").getText()).contains("Países", "Organizaciones");

        browser.open("/countries/GT/edit");
        assertThat(browser.find("label[for='labourMinistryId']").getText()).isEqualTo("Ministerio de Trabajo");
        new Select(browser.driver().findElement(By.id("summary.original"))).selectByValue("es");
        WebElement spanish = browser.driver().findElement(By.id("summary.es"));
        spanish.clear();
        spanish.sendKeys(PROFILE);
        WebElement send = browser.find("form.form button[name=send]");
        assertThat(send.getText()).isEqualTo("Guardar y enviar a la secretaría");
        send.click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("?submitted"));
        String change = browser.driver().getCurrentUrl().replaceAll("^.*(/countries/revisions/\\d+).*$", "$1");
        assertThat(browser.find("main").getText()).contains("Su cambio está pendiente de validación por la secretaría.", PROFILE);
        browser.open("/countries/GT");
        assertThat(browser.find("main").getText()).contains("Su cambio está pendiente de validación por la secretaría.");
        assertThat(browser.driver().findElement(By.id("summary")).getText()).doesNotContain(PROFILE);

        browser.open("/countries/PE/edit");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("No autorizado");

        browser.open("/countries/PE");
        assertThat(browser.driver().findElements(By.cssSelector("a[href$='/countries/PE/edit']"))).isEmpty();
        forgePost("/countries/PE/edit", "Perfil falsificado");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("No autorizado");
        browser.open("/countries/PE");
        assertThat(browser.driver().getPageSource()).doesNotContain("Perfil falsificado");

        browser.signOut();
        browser.signIn("secretariat");
        browser.open("/countries/revisions");
        browser.find("main a[href$='" + change + "']").click();
        assertThat(browser.find("table").getText()).contains("Profile (Español)", PROFILE);
        browser.find("form[action$='/publish'] button").click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("?published"));
        browser.signOut();
        browser.open("/countries/GT");
        assertThat(browser.driver().findElement(By.id("summary")).getText()).contains(PROFILE);
    }

    /** Submits a profile edit the page never offered, with the session's own CSRF token. */
    private void forgePost(String action, String summary) {
        browser.script("""
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
        browser.waitUntil(d -> d.getCurrentUrl().endsWith(action));
    }
}
