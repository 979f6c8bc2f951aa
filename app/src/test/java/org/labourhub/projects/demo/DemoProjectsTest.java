package org.labourhub.projects.demo;

import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.labourhub.platform.i18n.Language;
import org.labourhub.platform.i18n.MultilingualText;
import org.labourhub.platform.i18n.MultilingualTextJson;
import org.labourhub.projects.ProjectReader;
import org.labourhub.projects.search.CountryProjects;
import org.labourhub.projects.search.ProjectRow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

@IntegrationTest
@AutoConfigureMockMvc
class DemoProjectsTest {

    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired CountryProjects countryProjects;
    @Autowired ProjectReader reader;

    @Test
    void theCountryProfileSectionListsTheCountrysProjects() {
        var listing = countryProjects.content("DO", Locale.FRENCH);
        assertThat(listing.total()).isPositive();
        assertThat(listing.rows()).extracting(ProjectRow::title)
                .contains("Centre régional de santé et de sécurité au travail (CERSSO)");
    }

    @Test
    void theSeedsProjectsAreLoadedEachWithItsProvenance() {
        assertThat(jdbc.sql("select count(*) from projects.provenance where imported_by = ?").param("demo")
                .query(Long.class).single()).isEqualTo(64);
        assertThat(jdbc.sql("""
                select f.name from projects.participant f join projects.provenance v on v.project_id = f.project_id
                where v.source_key = 'cersso' and f.role = 'FUNDING'""").query(String.class).list()).containsExactly("USDOL");
        assertThat(jdbc.sql("select file_name from projects.provenance where source_key = 'cersso'").query(String.class).single())
                .as("a demo record cites its document, not a file").isEqualTo("Rapport du Groupe de travail 2 de la XIIIe CIMT, 2003-2005");
        assertThat(jdbc.sql("select count(*) from projects.participant where organisation_id is null and project_id in "
                + "(select project_id from projects.provenance where imported_by = ?)").param("demo")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aDemoProjectIsFoundAndShownWithWhatTheSeedSays() throws Exception {
        mvc.perform(get("/projects").param("q", "FUNDACERSSO").locale(Locale.ENGLISH))
                .andExpect(content().string(containsString("Foundation in Support of the Regional Occupational Safety and Health Center")));
        long id = jdbc.sql("select project_id from projects.provenance where source_key = 'fundacersso'").query(Long.class).single();
        mvc.perform(get("/projects/" + id).locale(Locale.FRENCH))
                .andExpect(content().string(containsString("HRSDC")))
                .andExpect(content().string(containsString("Ce que disent les sources")));
    }

    @Test
    void everyDemoTextIsReadInPortugueseSpanishEnglishAndFrench() {
        List<Long> ids = jdbc.sql("select project_id from projects.provenance where imported_by = ?").param("demo")
                .query(Long.class).list();
        var fields = new ArrayList<Field>();
        reader.many(ids).forEach((id, project) -> {
            String key = project.iatiIdentifier();
            fields.add(new Field(key + " title", project.title()));
            fields.add(new Field(key + " description", project.description()));
            project.regions().forEach(r -> fields.add(new Field(key + " region " + r.code(), r.name())));
            project.documents().forEach(d -> {
                fields.add(new Field(key + " document", d.title()));
                if (d.note() != null) {
                    fields.add(new Field(key + " document note", d.note()));
                }
            });
            project.results().forEach(r -> {
                fields.add(new Field(key + " result", r.title()));
                r.indicators().forEach(i -> fields.add(new Field(key + " indicator", i.title())));
            });
        });
        jdbc.sql("select v.source_key, p.facts::text from projects.project p join projects.provenance v on v.project_id = p.id "
                        + "where v.imported_by = ?").param("demo")
                .query((rs, n) -> new Field(rs.getString(1) + " facts", MultilingualTextJson.read(rs.getString(2))))
                .list().forEach(fields::add);

        assertThat(fields).hasSize(298);
        assertThat(fields).filteredOn(Field::untranslated).extracting(Field::where).isEmpty();
        assertThat(fields).allSatisfy(f -> assertThat(f.text().original()).isEqualTo(Language.FR));
    }

    /** A demo text field, untranslated when any of the four languages is missing. */
    private record Field(String where, MultilingualText text) {
        boolean untranslated() {
            return text == null || !text.translations().keySet().containsAll(EnumSet.allOf(Language.class));
        }
    }
}
