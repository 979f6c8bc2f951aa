package org.labourhub.projects;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SearchWordsTest {

    @Test
    void wordsAreRunsOfLettersWithAccentsFoldedAsPostgresUnaccentWritesThem() {
        List<String> words = new ArrayList<>();
        SearchWords.wordsOf("Élimination du TRAVAIL des enfants — l'œuvre, Straße 2024 OIT-XM-12 Migração", words::add);
        assertThat(words).containsExactly("elimination", "travail", "des", "enfants", "oeuvre", "strasse", "oit", "migracao");
    }
}
