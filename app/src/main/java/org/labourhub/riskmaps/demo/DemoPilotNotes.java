package org.labourhub.riskmaps.demo;

import org.labourhub.platform.DemoMode;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * On the first start in demo mode, the notes the Lima 2018 focal points meeting gives about the model's pilot
 * countries ({@code demo/riskmaps/pilot-notes.json}): what each pilot did with the model, in the four languages,
 * with the report they come from; no figure is added that the report does not give.
 */
@Component
@Order(52)
class DemoPilotNotes implements ApplicationRunner {

    static final String FILE = "demo/riskmaps/pilot-notes.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DemoMode demo;
    private final JdbcClient jdbc;

    DemoPilotNotes(DemoMode demo, JdbcClient jdbc) {
        this.demo = demo;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.isOn() || jdbc.sql("select count(*) from riskmaps.country_note").query(Long.class).single() > 0) {
            return;
        }
        JsonNode file = read();
        String source = file.get("source").toString();
        int position = 0;
        for (JsonNode note : file.get("notes")) {
            ObjectNode text = ((ObjectNode) note.deepCopy());
            String country = text.remove("country").asString();
            text.put("original", "fr");
            jdbc.sql("insert into riskmaps.country_note (country, position, text, source) values (?, ?, cast(? as jsonb), cast(? as jsonb))")
                    .params(country, position++, text.toString(), source).update();
        }
    }

    private static JsonNode read() {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + FILE, e);
        }
    }
}
