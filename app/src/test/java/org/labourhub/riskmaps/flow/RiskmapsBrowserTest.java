package org.labourhub.riskmaps.flow;

import org.junit.jupiter.api.Test;
import org.labourhub.AxeCore;
import org.labourhub.BrowserTest;
import org.labourhub.IntegrationTest;
import org.labourhub.riskmaps.DatasetFormat;
import org.labourhub.riskmaps.DatasetKind;
import org.labourhub.riskmaps.DatasetVariable;
import org.labourhub.riskmaps.Datasets;
import org.labourhub.riskmaps.Mapping;
import org.labourhub.riskmaps.datasets.DatasetVariables;
import org.labourhub.riskmaps.datasets.Mappings;
import org.labourhub.riskmaps.datasets.formats.MicrodataFormat;
import org.labourhub.riskmaps.datasets.formats.ReadOptions;
import org.labourhub.riskmaps.datasets.formats.VariableSummary;
import org.labourhub.riskmaps.demo.SyntheticMappings;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: the demo analyst, with a survey, a census and their mappings ready, starts a run for Peru on
 * the form, follows its job page to the run, opens the map (whose legend names the classification), points at a
 * territory and clicks through to its fiche; the run page, the map, the territory table and the fiche pass axe-core's
 * WCAG 2.1 A and AA rules, as every other page does.
 */
@IntegrationTest
class RiskmapsBrowserTest extends BrowserTest {

    /** Large territories first: the middle of their outline lies inside them. */
    private static final List<String> TO_POINT_AT = List.of("PE-LOR", "PE-UCA", "PE-MDD", "PE-PUN", "PE-CUS");

    @Autowired JdbcClient jdbc;
    @Autowired Datasets datasets;
    @Autowired Mappings mappings;
    @Value("${labourhub.riskmaps.datasets-folder}") Path folder;

    @Test
    void theAnalystStartsARunFollowsItToTheMapAndClicksThroughToAFicheOnAccessiblePages() throws Exception {
        AxeCore.script(); // skips the test at once when axe-core cannot be had
        Path population = PeruPopulation.files(jdbc);
        long survey = register(DatasetKind.SURVEY, population.resolve("survey.csv"), "Browser survey");
        long census = register(DatasetKind.CENSUS, population.resolve("census.csv"), "Browser census");
        long surveyMapping = mappings.save("PE", named(SyntheticMappings.survey(), "Browser survey mapping"), "analyst").id();
        long censusMapping = mappings.save("PE", named(SyntheticMappings.census(), "Browser census mapping"), "analyst").id();

        browser.signIn("analyst");
        browser.open("/riskmaps/runs/new?country=PE&lang=en");
        browser.find("#title").sendKeys("Peru in the browser");
        choose("surveyId", survey);
        choose("surveyMappingId", surveyMapping);
        choose("censusId", census);
        choose("censusMappingId", censusMapping);
        choose("boundarySetId", PeruPopulation.boundarySet(jdbc));
        assertThat(browser.find("main form[method=post]").getText()).contains("Browser survey (2024)",
                "Browser survey mapping");
        browser.find("main form[method=post] .actions button[type=submit]").click();

        browser.waitUntil(d -> d.getCurrentUrl().matches(".*/jobs/\\d+.*"));
        new WebDriverWait(browser.driver(), Duration.ofMinutes(5)).until(d ->
                !d.findElements(By.cssSelector("#job-progress a.button[href*='/riskmaps/runs/']")).isEmpty());
        browser.find("#job-progress a.button").click();
        browser.waitUntil(d -> d.getCurrentUrl().matches(".*/riskmaps/runs/\\d+$"));
        String run = browser.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "");
        assertThat(browser.find("h1").getText()).isEqualTo("Peru in the browser");
        assertThat(browser.find("main").getText()).contains("Findings");
        var violations = new ArrayList<>(checked(run));

        browser.find(".run-header nav a[href$='/map']").click();
        browser.waitUntil(d -> d.getCurrentUrl().endsWith(run + "/map"));
        assertThat(browser.find(".legend").getText()).contains("Levels by natural breaks (Jenks)", "No data");
        browser.waitUntil(d -> Boolean.TRUE.equals(browser.script("""
                var chart = window.echarts && echarts.getInstanceByDom(document.getElementById('risk-map'));
                var option = chart && echarts.getMap('run') && chart.getOption();
                return !!option && !!option.series && option.series.length > 0 && option.series[0].data.length > 0;""")));
        violations.addAll(checked(run + "/map"));
        String code = pointAtATerritoryAndClick();
        browser.waitUntil(d -> d.getCurrentUrl().endsWith(run + "/territories/" + code));
        assertThat(browser.find("main h2").getText()).endsWith("(" + code + ")");
        violations.addAll(checked(run + "/territories/" + code));

        browser.open(run + "/territories?lang=en");
        assertThat(browser.find("table.territories").getText()).contains("Lima (PE-LIM)");
        violations.addAll(checked(run + "/territories"));
        assertThat(violations).isEmpty();
    }

    /** Moves the mouse over a territory until the tooltip names it, then clicks; the territory's code. */
    private String pointAtATerritoryAndClick() {
        WebElement map = browser.find("#risk-map");
        // the pointer's offsets count from the middle of the element's visible part: show all of it
        browser.script("arguments[0].scrollIntoView({block: 'center'});", map);
        var tried = new ArrayList<String>();
        for (String code : TO_POINT_AT) {
            @SuppressWarnings("unchecked")
            var point = (Map<String, Object>) browser.script("""
                    var wanted = arguments[0];
                    var chart = echarts.getInstanceByDom(document.getElementById('risk-map'));
                    var map = echarts.getMap('run'), geo = map.geoJSON || map.geoJson;
                    var feature = geo.features.find(function (f) { return f.properties.c === wanted; });
                    if (!feature) { return {missing: true}; }
                    var g = feature.geometry, rings = g.type === 'Polygon' ? [g.coordinates[0]]
                        : g.coordinates.map(function (p) { return p[0]; });
                    var ring = rings.reduce(function (a, b) { return b.length > a.length ? b : a; });
                    var x = 0, y = 0;
                    ring.forEach(function (c) { x += c[0]; y += c[1]; });
                    var pixel = chart.convertToPixel({seriesIndex: 0}, [x / ring.length, y / ring.length]);
                    return {x: pixel ? pixel[0] : null, y: pixel ? pixel[1] : null, name: feature.properties.n};""", code);
            if (point.get("x") == null) {
                tried.add(code + " " + point);
                continue;
            }
            int dx = (int) Math.round(((Number) point.get("x")).doubleValue() - map.getSize().getWidth() / 2.0);
            int dy = (int) Math.round(((Number) point.get("y")).doubleValue() - map.getSize().getHeight() / 2.0);
            new Actions(browser.driver()).moveToElement(map, dx, dy).perform();
            String name = (String) point.get("name");
            try {
                new WebDriverWait(browser.driver(), Duration.ofSeconds(3)).until(d -> map.getText().contains(name));
            } catch (org.openqa.selenium.TimeoutException elsewhere) {
                tried.add(code + " " + point + " size " + map.getSize() + " offset " + dx + "," + dy + " shows: "
                        + map.getText());
                continue;
            }
            assertThat(map.getText()).as("the tooltip").contains("Level: ", "Children: ");
            new Actions(browser.driver()).moveToElement(map, dx, dy).click().perform();
            return code;
        }
        throw new AssertionError("No territory could be pointed at on the map: " + tried);
    }

    private List<String> checked(String path) throws Exception {
        return AxeCore.violations(browser).stream().map(v -> path + ": " + v).toList();
    }

    private void choose(String field, long value) {
        new Select(browser.driver().findElement(By.id(field))).selectByValue(String.valueOf(value));
    }

    private static Mapping named(Mapping m, String name) {
        return new Mapping(name, m.kind(), m.roles(), m.maleCode(), m.femaleCode(), m.covariates());
    }

    /** Puts the generated file among the datasets as the demo analyst's, with its variables as the upload would. */
    private long register(DatasetKind kind, Path generated, String name) throws Exception {
        String relative = "browser-test/" + generated.getFileName();
        Path stored = folder.resolve(relative);
        Files.createDirectories(stored.getParent());
        Files.copy(generated, stored, StandardCopyOption.REPLACE_EXISTING);
        List<DatasetVariable> variables;
        try (var reader = MicrodataFormat.open(stored, ReadOptions.DEFAULTS)) {
            variables = DatasetVariables.of(VariableSummary.of(reader));
        }
        long rows = kind == DatasetKind.SURVEY ? PeruPopulation.SURVEY_CHILDREN : PeruPopulation.CENSUS_CHILDREN;
        return datasets.add(new Datasets.NewDataset("PE", kind, name, "2024", DatasetFormat.CSV,
                generated.getFileName().toString(), relative, relative, Files.size(stored), "0".repeat(64), rows,
                variables), "analyst").id();
    }
}
