package org.labourhub.riskmaps.results;

import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.labourhub.accounts.Role;
import org.labourhub.accounts.SignedIn;
import org.labourhub.riskmaps.Datasets;
import org.labourhub.riskmaps.ModelRun;
import org.labourhub.riskmaps.ModelRuns;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;


import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A run of 2,000 territories (as many as Mexico's municipalities): every page and download answers, the map's GeoJSON
 * stays under 2 MB before compression, and all 2,000 fiches print as one PDF of 2,000 pages. How fast is measured in
 * bench/riskmaps, not here. The boundaries here are squares; real ones, simplified by the boundaries floor, weigh more.
 */
@IntegrationTest
@AutoConfigureMockMvc
class LargeRunTest {

    static final RequestPostProcessor SECRETARIAT = SignedIn.as("secretariat.speed", Role.SECRETARIAT);

    @Autowired
    MockMvc mvc;
    @Autowired
    ModelRuns runs;
    @Autowired
    Datasets datasets;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aRunOfTwoThousandTerritoriesStaysLight() throws Exception {
        ModelRun run = new ResultsFixture(runs, datasets, jdbc).large("Large " + System.nanoTime(), "secretariat.speed", 2000);
        String r = "/riskmaps/runs/" + run.id();
        for (String page : new String[] {r + "/territories?lang=es", r + "/territories?sort=NAME&q=municipio&lang=es",
                r + "/map?lang=es"}) {
            mvc.perform(get(page).with(SECRETARIAT)).andExpect(status().isOk());
        }
        int geoBytes = mvc.perform(get(r + "/map.geojson").with(SECRETARIAT)).andReturn().getResponse()
                .getContentAsByteArray().length;
        assertThat(geoBytes).isLessThan(2_000_000);
        byte[] pdf = mvc.perform(get(r + "/fiches.pdf").with(SECRETARIAT)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2000);
        }
    }
}
