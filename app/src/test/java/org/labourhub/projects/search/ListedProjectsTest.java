package org.labourhub.projects.search;

import org.junit.jupiter.api.Test;
import org.labourhub.platform.i18n.Language;
import org.labourhub.platform.i18n.MultilingualText;
import org.labourhub.projects.ActivityStatus;
import org.labourhub.projects.Modality;
import org.labourhub.projects.Theme;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Filtering by facets and counting them over the listed projects held in memory. */
class ListedProjectsTest {

    private static final int THIS_YEAR = 2025;
    private static final MultilingualText TITLE = MultilingualText.of(Language.ES, "Inspección del trabajo")
            .with(Language.EN, "Labour inspection");

    /** Five projects: 10 and 20 in Peru, 30 in Peru and Guatemala, 40 in Guatemala, 50 with nothing but its id. */
    private static ListedProjects listed() {
        return new ListedProjectsBuilder()
                .project(10, "XI-10", TITLE, "IMPLEMENTATION", "BILATERAL", LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31))
                .project(20, "XI-20", TITLE, "CLOSED", null, LocalDate.of(2021, 6, 1), null)
                .project(30, "XI-30", TITLE, "IMPLEMENTATION", "MULTILATERAL", LocalDate.of(2021, 6, 1), LocalDate.of(2021, 12, 31))
                .project(40, null, TITLE, null, null, null, null)
                .project(50, "XI-50", TITLE, null, null, LocalDate.of(1980, 1, 1), LocalDate.of(2030, 1, 1))
                .value("country", 10, "PE").value("country", 20, "PE").value("country", 30, "GT").value("country", 30, "PE")
                .value("country", 40, "GT").value("country", 99, "GT")
                .value("theme", 10, "OSH").value("theme", 30, "OSH").value("theme", 30, "CHILD_LABOUR")
                .value("funder", 10, "USDOL").value("funder", 10, "USDOL").value("funder", 30, "AECID").value("funder", 30, "USDOL")
                .build();
    }

    private static ProjectQuery query(String country, Theme theme, String funder, ActivityStatus status, Modality modality, Integer year) {
        return new ProjectQuery(null, country, theme, funder, status, modality, year, 0);
    }

    @Test
    void theListIsOrderedByLatestStartWithProjectsWithoutAStartLastThenByNewest() {
        assertThat(listed().order(ProjectQuery.all(), 100)).containsExactly(30, 20, 10, 50, 40);
    }

    @Test
    void facetsNarrowTheListAndAValueNoProjectHasMatchesNothing() {
        var listed = listed();
        assertThat(listed.order(query("PE", null, null, null, null, null), 100)).containsExactly(30, 20, 10);
        assertThat(listed.order(query("GT", Theme.OSH, "USDOL", ActivityStatus.IMPLEMENTATION, Modality.MULTILATERAL, null), 100))
                .containsExactly(30);
        assertThat(listed.order(query(null, null, null, null, null, 2022), 100)).containsExactly(20, 10, 50);
        assertThat(listed.order(query(null, null, null, null, null, 2019), 100)).containsExactly(50);
        assertThat(listed.order(query("XX", null, null, null, null, null), 100)).isEmpty();
        assertThat(listed.order(query(null, Theme.SKILLS, null, null, null, null), 100)).isEmpty();
    }

    @Test
    void beyondTheLimitTheProjectsWithTheLowestIdsAreKeptAsTheDatabaseScanWouldThenOrdered() {
        assertThat(listed().order(ProjectQuery.all(), 3)).containsExactly(30, 20, 10);
        assertThat(listed().order(query("GT", null, null, null, null, null), 1)).containsExactly(30);
    }

    @Test
    void countsEachValueOncePerMatchedProjectAndSkipsIdsNotListed() {
        var counts = byName(listed().count(new long[]{30, 10, 20, 99}, THIS_YEAR));
        assertThat(counts.get("country")).isEqualTo(Map.of("PE", 3L, "GT", 1L));
        assertThat(counts.get("theme")).isEqualTo(Map.of("OSH", 2L, "CHILD_LABOUR", 1L));
        assertThat(counts.get("funder")).isEqualTo(Map.of("USDOL", 2L, "AECID", 1L));
        assertThat(counts.get("status")).isEqualTo(Map.of("IMPLEMENTATION", 2L, "CLOSED", 1L));
        assertThat(counts.get("modality")).isEqualTo(Map.of("BILATERAL", 1L, "MULTILATERAL", 1L));
    }

    @Test
    void yearsRunFromStartToEndOrToThisYearForAtMostThirtyYears() {
        var counts = byName(listed().count(new long[]{10, 20, 30, 40, 50}, THIS_YEAR));
        assertThat(counts.get("year")).containsEntry("2020", 1L).containsEntry("2021", 3L).containsEntry("2022", 2L)
                .containsEntry("2025", 1L).containsEntry("1980", 1L).containsEntry("2010", 1L).doesNotContainKey("2011")
                .doesNotContainKey("2026");
        assertThat(byName(listed().count(new long[0], THIS_YEAR)).get("year")).isEmpty();
    }

    @Test
    void projectsMustComeInIdOrder() {
        assertThatThrownBy(() -> new ListedProjectsBuilder().project(2, null, TITLE, null, null, null, null)
                .project(1, null, TITLE, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ascending id order");
    }

    @Test
    void rowsShowTitlesInTheReadersLanguageWithCountriesAndFundersAsTheListWritesThem() {
        var rows = listed().rows(new long[]{30, 99, 10}, Language.FR);
        assertThat(rows).extracting(ProjectRow::id).containsExactly(30L, 10L);
        var thirty = rows.get(0);
        assertThat(thirty.iatiIdentifier()).isEqualTo("XI-30");
        assertThat(thirty.title()).isEqualTo("Inspección del trabajo");
        assertThat(thirty.translated()).isFalse();
        assertThat(thirty.status()).isEqualTo(ActivityStatus.IMPLEMENTATION);
        assertThat(thirty.start()).isEqualTo(LocalDate.of(2021, 6, 1));
        assertThat(thirty.end()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(thirty.countries()).isEqualTo("GT, PE");
        assertThat(thirty.funders()).isEqualTo("AECID, USDOL");
        assertThat(rows.get(1).funders()).as("a funder named twice is shown twice, as string_agg shows it").isEqualTo("USDOL, USDOL");
        assertThat(listed().rows(new long[]{10}, Language.EN).get(0)).extracting(ProjectRow::title, ProjectRow::translated)
                .containsExactly("Labour inspection", true);
        assertThat(listed().rows(new long[]{40}, Language.ES).get(0)).extracting(ProjectRow::countries, ProjectRow::funders, ProjectRow::status)
                .containsExactly("GT", null, null);
    }

    private static Map<String, Map<String, Long>> byName(List<Facet> facets) {
        return facets.stream().collect(Collectors.toMap(Facet::name,
                f -> f.values().stream().collect(Collectors.toMap(Facet.Value::value, Facet.Value::count))));
    }
}
