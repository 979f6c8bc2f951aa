package org.labourhub.riskmaps.coverage;

import org.junit.jupiter.api.Test;
import org.labourhub.BrowserTest;
import org.labourhub.IntegrationTest;
import org.labourhub.projects.ProjectStore;
import org.labourhub.riskmaps.Datasets;
import org.labourhub.riskmaps.ModelRun;
import org.labourhub.riskmaps.ModelRuns;
import org.labourhub.riskmaps.RunVisibility;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.labourhub.riskmaps.coverage.CoverageFixture.territory;

/**
 * The coverage map drawn in a real browser on the country profile: every territory of the boundaries is drawn, the
 * number of projects is written over the one a project works in, and the high-risk territory no one works in is
 * hatched.
 */
@IntegrationTest
class CoverageMapEndToEndTest extends BrowserTest {

    @Autowired JdbcClient jdbc;
    @Autowired ModelRuns runs;
    @Autowired Datasets datasets;
    @Autowired ProjectStore projects;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void theCountryProfilesMapShowsLevelsInterventionsAndTheHatchedGap() {
        var fixture = new CoverageFixture(jdbc, runs, datasets, projects, transactions);
        fixture.project("XM-TEST-COVERAGE-UY", "Inspección rural en Artigas", "UY-AR");
        long boundaries = fixture.boundaries("UY", Map.of("UY-AR", "Artigas", "UY-RV", "Rivera", "UY-MO", "Montevideo"));
        ModelRun run = fixture.finished("UY", "Uruguay 2024", boundaries,
                List.of(territory("UY-AR", 1, 3), territory("UY-RV", 2, 3), territory("UY-MO", 3, 1)));
        runs.changeVisibility(run, RunVisibility.PUBLISHED);

        browser.open("/countries/UY?lang=en");
        browser.waitUntil(d -> d.findElements(By.cssSelector("#risk-maps .coverage-map svg path")).size() >= 3);
        assertThat(browser.find("#risk-maps .gaps").getText()).contains("Rivera").doesNotContain("Artigas");
        browser.waitUntil(d -> d.findElements(By.cssSelector("#risk-maps .coverage-map svg text")).stream()
                .anyMatch(t -> t.getText().equals("1")));
        Object patterns = browser.script("return document.querySelectorAll('#risk-maps .coverage-map pattern').length;");
        assertThat(((Number) patterns).intValue()).as("the gap is hatched").isPositive();
    }
}
