package org.labourhub.projects.search;

import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.labourhub.projects.SearchWords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The duplicate finder's folding and trigram similarity against PostgreSQL's own (unaccent, pg_trgm). */
@IntegrationTest
class TitleTrigramsTest {

    private static final List<String[]> TITLES = List.of(
            new String[]{"Programa de Erradicación del Trabajo Infantil (IPEC) — Centroamérica",
                    "Programme pour l'abolition du travail des enfants (IPEC), Amérique centrale"},
            new String[]{"Centro Regional de Seguridad y Salud Ocupacional (CERSSO)",
                    "Fundación CERSSO: seguridad y salud en el trabajo, 2007–2010"},
            new String[]{"Migração laboral e desenvolvimento", "Labour migration and development"},
            new String[]{"Œuvre sociale — Straße 5, a b", "oeuvre sociale strasse 5 a b"},
            new String[]{"RIAL", ""});

    @Autowired JdbcTemplate jdbc;

    @Test
    void foldingAndSimilarityAreThoseOfUnaccentAndPgTrgm() {
        for (String[] pair : TITLES) {
            for (String title : pair) { // the words: punctuation, which unaccent also rewrites, only separates them
                assertThat(words(SearchWords.folded(title)))
                        .isEqualTo(words(jdbc.queryForObject("select lower(public.unaccent(?))", String.class, title)));
            }
            String a = SearchWords.folded(pair[0]);
            String b = SearchWords.folded(pair[1]);
            double expected = jdbc.queryForObject("select similarity(lower(public.unaccent(?)), lower(public.unaccent(?)))",
                    Double.class, pair[0], pair[1]);
            assertThat(TitleTrigrams.similarity(TitleTrigrams.of(a), TitleTrigrams.of(b)))
                    .as("%s ~ %s", a, b).isCloseTo(expected, within(1e-6));
        }
    }

    private static String words(String text) {
        return text.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
