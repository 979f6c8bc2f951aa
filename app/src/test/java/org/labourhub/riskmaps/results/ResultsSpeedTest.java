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

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A run of 2,000 territories (as many as Mexico's municipalities): the territory table answers in under 300 ms,
 * the map's GeoJSON stays under 2 MB before compression, and all 2,000 fiches print as one PDF in seconds. The
 * boundaries here are squares; real ones, simplified by the boundaries floor, weigh more.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ResultsSpeedTest {

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
    void aRunOfTwoThousandTerritoriesStaysQuick() throws Exception {
        ModelRun run = new ResultsFixture(runs, datasets, jdbc).large("Speed " + System.nanoTime(), "secretariat.speed", 2000);
        String r = "/riskmaps/runs/" + run.id();
        long table = median(r + "/territories?lang=es");
        long sorted = median(r + "/territories?sort=NAME&q=municipio&lang=es");
        long map = median(r + "/map?lang=es");
        long geo = median(r + "/map.geojson");
        int geoBytes = mvc.perform(get(r + "/map.geojson").with(SECRETARIAT)).andReturn().getResponse()
                .getContentAsByteArray().length;
        int gzipBytes = mvc.perform(get(r + "/map.geojson").header("Accept-Encoding", "gzip").with(SECRETARIAT))
                .andReturn().getResponse().getContentAsByteArray().length;
        long start = System.nanoTime();
        byte[] pdf = mvc.perform(get(r + "/fiches.pdf").with(SECRETARIAT)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
        long pdfMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("riskmaps results, 2,000 territories: table %d ms, sorted and searched %d ms, map page %d ms,"
                        + " map.geojson %d ms (%d bytes, %d gzipped), fiches.pdf %d ms (%d bytes)%n",
                table, sorted, map, geo, geoBytes, gzipBytes, pdfMillis, pdf.length);
        assertThat(table).isLessThan(300);
        assertThat(sorted).isLessThan(300);
        assertThat(geoBytes).isLessThan(2_000_000);
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2000);
        }
        assertThat(pdfMillis).isLessThan(60_000);
    }

    /** The median of five timed requests after three to warm up. */
    private long median(String url) throws Exception {
        long[] times = new long[5];
        for (int i = -3; i < times.length; i++) {
            long start = System.nanoTime();
            mvc.perform(get(url).with(SECRETARIAT)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            if (i >= 0) {
                times[i] = (System.nanoTime() - start) / 1_000_000;
            }
        }
        Arrays.sort(times);
        return times[2];
    }
}
