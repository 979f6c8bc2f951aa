package org.labourhub.platform.web;

import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.labourhub.accounts.Role;
import org.labourhub.accounts.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The header's navigation is what the modules contribute, in their order, each link shown to those who may use it. */
@IntegrationTest
@AutoConfigureMockMvc
class NavigationTest {

    private static final Pattern MAIN_NAV = Pattern.compile("<nav aria-label=\"[^\"]+\">(.*?)</nav>", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("<a href=\"([^\"]+)\">([^<]+)</a>");

    @Autowired MockMvc mvc;

    @Test
    void anAnonymousReaderSeesThePublicPagesInTheModulesOrder() throws Exception {
        assertThat(links(get("/").locale(Locale.ENGLISH))).containsExactly(
                "/countries Countries", "/projects Projects", "/organisations Organisations", "/people People",
                "/networks Networks", "/plans Plans", "/riskmaps Risk maps", "/experts Experts");
    }

    @Test
    void aSignedInReaderAlsoSeesWhatItsRolesOpen() throws Exception {
        assertThat(links(get("/").locale(Locale.ENGLISH).with(SignedIn.as("secretariat", Role.SECRETARIAT))))
                .contains("/me/assignments My assignments", "/audit Audit trail")
                .doesNotContain("/admin/accounts Accounts");
        assertThat(links(get("/").locale(Locale.ENGLISH).with(SignedIn.as("admin", Role.ADMIN))))
                .endsWith("/audit Audit trail", "/admin/accounts Accounts");
    }

    @Test
    void theLabelsAreInTheReadersLanguage() throws Exception {
        assertThat(links(get("/").locale(Locale.forLanguageTag("pt")))).contains("/countries Países");
    }

    private List<String> links(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        String page = mvc.perform(request).andReturn().getResponse().getContentAsString();
        var nav = MAIN_NAV.matcher(page);
        assertThat(nav.find()).as("the main navigation").isTrue();
        return LINK.matcher(nav.group(1)).results().map(m -> m.group(1) + " " + m.group(2)).toList();
    }
}
