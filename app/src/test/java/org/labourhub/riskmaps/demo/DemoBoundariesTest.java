package org.labourhub.riskmaps.demo;

import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.labourhub.riskmaps.RiskmapsJson;
import org.labourhub.riskmaps.boundaries.BoundarySet;
import org.labourhub.riskmaps.boundaries.BoundarySets;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo loads the first-level units of the 33 countries of Latin America and the Caribbean, one set per country,
 * coded by ISO 3166-2 and light enough for the web.
 */
@IntegrationTest
class DemoBoundariesTest {

    @Autowired BoundarySets sets;

    @Test
    void theLatinAmericanAndCaribbeanAdmin1UnitsAreLoadedOneSetPerCountry() {
        List<BoundarySet> demo = sets.all().stream().filter(s -> s.name().equals(DemoBoundaries.NAME)).toList();
        assertThat(demo).hasSize(33);
        assertThat(demo).extracting(BoundarySet::country).doesNotHaveDuplicates().contains("PE", "GT", "MX", "BR", "JM");
        assertThat(demo).allSatisfy(s -> assertThat(s.source()).contains("Natural Earth"));
        assertThat(demo.stream().mapToInt(BoundarySet::territories).sum()).isEqualTo(554);

        BoundarySet peru = demo.stream().filter(s -> s.country().equals("PE")).findFirst().orElseThrow();
        assertThat(peru.territories()).isEqualTo(26);
        assertThat(sets.codes(peru.id())).contains("PE-LIM", "PE-LMA", "PE-CUS", "PE-CAL").allMatch(c -> c.matches("PE-[A-Z]{3}"));
        BoundarySet guatemala = demo.stream().filter(s -> s.country().equals("GT")).findFirst().orElseThrow();
        assertThat(sets.codes(guatemala.id())).hasSize(22).contains("GT-GU");
        assertThat(sets.boundaries(guatemala.id())).anySatisfy(b -> {
            assertThat(b.code()).isEqualTo("GT-GU");
            assertThat(b.name()).isEqualTo("Guatemala");
            assertThat(b.bbox().minLon()).isBetween(-91.0, -90.0);
        });

        long characters = 0;
        for (BoundarySet set : demo) {
            String collection = sets.featureCollection(set.id());
            assertThat(RiskmapsJson.JSON.readTree(collection).get("features")).hasSize(set.territories());
            characters += collection.length();
        }
        assertThat(characters).as("all 33 countries' maps together").isLessThan(3_000_000);
    }
}
