package org.labourhub;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through a real browser (Debian's headless Chromium): a focal point signs in, switches to Spanish, edits its
 * country's profile, sees the change, and is refused on another country, by the page and by a forged post.
 */
@IntegrationTest
class EndToEndTest extends BrowserTest {

    @Test
    void aFocalPointEditsItsOwnCountryInSpanishAndIsRefusedOnAnother() {
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
        spanish.sendKeys("Guatemala coordina la hoja de ruta nacional contra el trabajo infantil.");
        browser.find("form.form button[type=submit]").click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/countries/GT?saved"));
        assertThat(browser.driver().findElement(By.id("summary")).getText())
                .contains("Guatemala coordina la hoja de ruta nacional contra el trabajo infantil.");

        browser.open("/countries/PE/edit");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("No autorizado");

        browser.open("/countries/PE");
        assertThat(browser.driver().findElements(By.cssSelector("a[href$='/countries/PE/edit']"))).isEmpty();
        forgePost("/countries/PE/edit", "Perfil falsificado");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("No autorizado");
        browser.open("/countries/PE");
        assertThat(browser.driver().getPageSource()).doesNotContain("Perfil falsificado");
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
