package org.labourhub.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** htmx swapping a part gets the part; a boosted link and an ordinary request get the whole page. */
class HtmxTest {

    @Test
    void anOrdinaryRequestGetsThePage() {
        assertThat(Htmx.view(new MockHttpServletRequest(), "projects/list", "finder")).isEqualTo("projects/list");
    }

    @Test
    void htmxSwappingAPartGetsTheFragment() {
        var request = new MockHttpServletRequest();
        request.addHeader("HX-Request", "true");
        assertThat(Htmx.view(request, "projects/list", "finder")).isEqualTo("projects/list :: finder");
    }

    @Test
    void aBoostedLinkGetsTheWholePage() {
        var request = new MockHttpServletRequest();
        request.addHeader("HX-Request", "true");
        request.addHeader("HX-Boosted", "true");
        assertThat(Htmx.wantsFragment(request)).isFalse();
        assertThat(Htmx.view(request, "jobs/job", "progress")).isEqualTo("jobs/job");
    }
}
