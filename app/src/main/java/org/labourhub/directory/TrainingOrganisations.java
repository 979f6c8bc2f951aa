package org.labourhub.directory;

import org.labourhub.platform.i18n.MultilingualTextJson;
import org.labourhub.platform.training.TrainingData;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The directory's share of the fictional training data: the fictional funders of {@code demo/training/funders.json}
 * (names in four languages that say they are fictional), marked {@code training} in {@code directory.organisation}.
 */
@Component
class TrainingOrganisations implements TrainingData {

    static final String FILE = "demo/training/funders.json";
    private static final String FICTIONAL = "select id from directory.organisation where training";

    private final JdbcClient jdbc;

    TrainingOrganisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Map<String, Long> counts() {
        return Map.of("directory.training.organisations",
                jdbc.sql("select count(*) from directory.organisation where training").query(Long.class).single());
    }

    @Override
    public void load() {
        List<Object[]> rows = new ArrayList<>();
        for (JsonNode funder : read()) {
            rows.add(new Object[]{funder.get("key").asString(), json(funder.get("name")), json(funder.get("description"))});
        }
        rows.forEach(row -> jdbc.sql("""
                insert into directory.organisation (key, type, name, description, training)
                values (?, 'DONOR_AGENCY', cast(? as jsonb), cast(? as jsonb), true)""").params(row).update());
    }

    /** Deletes the fictional organisations; a real record that was linked to one since loses only that link. */
    @Override
    public void remove() {
        jdbc.sql("update directory.person set organisation_id = null where organisation_id in (" + FICTIONAL + ")").update();
        jdbc.sql("update directory.expert set organisation_id = null where organisation_id in (" + FICTIONAL + ")").update();
        jdbc.sql("update directory.country set labour_ministry_id = null where labour_ministry_id in (" + FICTIONAL + ")").update();
        jdbc.sql("update directory.country_revision set labour_ministry_id = null where labour_ministry_id in (" + FICTIONAL + ")").update();
        jdbc.sql("update directory.organisation set parent_id = null where not training and parent_id in (" + FICTIONAL + ")").update();
        jdbc.sql("delete from directory.network_member where organisation_id in (" + FICTIONAL + ")").update();
        jdbc.sql("delete from directory.organisation where training").update();
    }

    /** The ids of the fictional organisations, for the pages that mark them. */
    Set<Long> ids() {
        return new HashSet<>(jdbc.sql(FICTIONAL).query(Long.class).list());
    }

    boolean isFictional(long id) {
        return jdbc.sql("select training from directory.organisation where id = ?").param(id).query(Boolean.class)
                .optional().orElse(false);
    }

    private static String json(JsonNode text) {
        return MultilingualTextJson.write(MultilingualTextJson.read(text.toString()));
    }

    private static JsonNode read() {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + FILE, e);
        }
    }
}
