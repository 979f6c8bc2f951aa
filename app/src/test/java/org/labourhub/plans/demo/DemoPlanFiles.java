package org.labourhub.plans.demo;

import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The seeds' plans as the demo files give them, for tests that compare generated reports with their source. */
public final class DemoPlanFiles {

    private DemoPlanFiles() {
    }

    public static JsonNode plan(String key) {
        try (InputStream in = new ClassPathResource(DemoPlans.FOLDER + key + ".json").getInputStream()) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every element of the tree, depth first. */
    public static List<JsonNode> elements(JsonNode plan) {
        var all = new ArrayList<JsonNode>();
        walk(plan.path("elements"), all);
        return all;
    }

    private static void walk(JsonNode nodes, List<JsonNode> into) {
        for (JsonNode n : nodes) {
            into.add(n);
            walk(n.path("children"), into);
        }
    }

    /** The French text of a multilingual node, whitespace collapsed as a browser shows it; "" when absent. */
    public static String fr(JsonNode text) {
        if (text == null || text.isNull() || text.isMissingNode()) {
            return "";
        }
        return squash(text.path("fr").asString(""));
    }

    public static String squash(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
