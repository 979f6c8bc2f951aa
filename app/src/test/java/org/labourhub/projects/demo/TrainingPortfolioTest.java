package org.labourhub.projects.demo;

import org.junit.jupiter.api.Test;
import org.labourhub.directory.OrganisationRef;
import org.labourhub.directory.OrganisationType;
import org.labourhub.platform.i18n.Language;
import org.labourhub.platform.i18n.MultilingualText;
import org.labourhub.projects.ActivityStatus;
import org.labourhub.projects.BudgetType;
import org.labourhub.projects.Project;
import org.labourhub.projects.ProjectsJson;
import org.labourhub.projects.Theme;
import org.labourhub.projects.TransactionType;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The fictional portfolio is the same for the same day, spends as its patterns say, and speaks four languages. */
class TrainingPortfolioTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    @Test
    void theSameDayGivesTheSameProjectsAndFigures() throws IOException {
        assertThat(projects(DAY)).isEqualTo(projects(DAY)).hasSize(40);
        assertThat(projects(DAY.plusMonths(3))).isNotEqualTo(projects(DAY));
    }

    @Test
    void nothingIsSpentAfterTheDayAndEachPatternShowsInTheMoney() throws IOException {
        Map<String, Project> byKey = projects(DAY).stream().collect(Collectors.toMap(p -> p.iatiIdentifier()
                .replace("XM-LABOURHUB-FICTIONAL-", ""), p -> p));
        assertThat(byKey.values()).allSatisfy(p -> assertThat(p.transactions())
                .allMatch(t -> !t.date().isAfter(DAY), "no transaction after the day"));
        assertThat(delivery(byKey.get("T02"))).as("slow: below half over the completed years").isLessThan(0.5);
        assertThat(delivery(byKey.get("T01"))).as("on track").isBetween(0.85, 1.0);
        assertThat(byKey.get("T13").budgets()).anyMatch(b -> b.type() == BudgetType.REVISED);
        assertThat(delivery(byKey.get("T13"))).as("overspent").isGreaterThan(1.0);
        assertThat(byKey.get("T05").transactions()).as("stalled: nothing spent for six months").noneMatch(t ->
                t.type() == TransactionType.EXPENDITURE && t.date().isAfter(DAY.minusMonths(6)));
        assertThat(byKey.get("T31").status()).isEqualTo(ActivityStatus.PIPELINE);
        assertThat(byKey.get("T31").transactions()).isEmpty();
        assertThat(byKey.get("T07").status()).as("ended but left open").isEqualTo(ActivityStatus.IMPLEMENTATION);
        assertThat(byKey.get("T04").status()).isEqualTo(ActivityStatus.CLOSED);
        assertThat(byKey.values().stream().map(Project::defaultCurrency).distinct()).containsExactlyInAnyOrder("USD", "EUR", "CAD", "SEK");
        assertThat(byKey.values().stream().flatMap(p -> p.countries().stream()).map(Project.CountryShare::iso2).distinct())
                .hasSize(12).contains("GT");
        assertThat(byKey.values().stream().flatMap(p -> p.themes().stream()).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(Theme.class));
    }

    @Test
    void everyTextIsInTheFourLanguages() throws IOException {
        for (Project p : projects(DAY)) {
            assertFourLanguages(p.title());
            assertFourLanguages(p.description());
            p.results().forEach(r -> {
                assertFourLanguages(r.title());
                r.indicators().forEach(i -> assertFourLanguages(i.title()));
            });
        }
    }

    private static void assertFourLanguages(MultilingualText text) {
        assertThat(text.translations().keySet()).as(text.toString()).containsExactlyInAnyOrder(Language.values());
        assertThat(text.translations().values()).noneMatch(String::isBlank);
    }

    /** Expenditure over the budget of the years before the day's (the low-delivery rule's reading), in one currency. */
    private static double delivery(Project p) {
        int year = DAY.getYear();
        Map<Integer, BigDecimal> budgets = new java.util.HashMap<>();
        p.budgets().stream().filter(b -> b.periodStart().getYear() < year).forEach(b -> budgets.merge(b.periodStart().getYear(),
                b.value().amount(), (o, n) -> b.type() == BudgetType.REVISED ? n : o));
        double budget = budgets.values().stream().mapToDouble(BigDecimal::doubleValue).sum();
        double spent = p.transactions().stream().filter(t -> t.type() == TransactionType.EXPENDITURE && t.date().getYear() < year)
                .mapToDouble(t -> t.value().amount().doubleValue()).sum();
        return spent / budget;
    }

    private static List<Project> projects(LocalDate day) throws IOException {
        var portfolio = new TrainingPortfolio(read("projects.json"), read("themes.json"), key -> new OrganisationRef(
                key.hashCode(), key, OrganisationType.DONOR_AGENCY, (String) null, MultilingualText.of(Language.ES, key), null), day);
        return portfolio.projects().stream().map(planned -> planned.incoming().project()).toList();
    }

    private static JsonNode read(String name) throws IOException {
        try (InputStream in = new ClassPathResource(TrainingProjects.FOLDER + name).getInputStream()) {
            return ProjectsJson.JSON.readTree(in);
        }
    }
}
