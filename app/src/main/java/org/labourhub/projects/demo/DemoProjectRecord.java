package org.labourhub.projects.demo;

import org.labourhub.directory.Directory;
import org.labourhub.directory.OrganisationRef;
import org.labourhub.platform.i18n.Language;
import org.labourhub.platform.i18n.MultilingualText;
import org.labourhub.platform.i18n.MultilingualTextJson;
import org.labourhub.projects.ActivityStatus;
import org.labourhub.projects.Incoming;
import org.labourhub.projects.IndicatorMeasure;
import org.labourhub.projects.Modality;
import org.labourhub.projects.ParticipantRole;
import org.labourhub.projects.Project;
import org.labourhub.projects.ProjectsJson;
import org.labourhub.projects.ProvenanceRecord;
import org.labourhub.projects.ResultType;
import org.labourhub.projects.Source;
import org.labourhub.projects.Theme;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns one record of the demo file into a project and its provenance, mapping organisation keys to the directory. */
@Component
class DemoProjectRecord {

    private final Directory directory;

    DemoProjectRecord(Directory directory) {
        this.directory = directory;
    }

    @SuppressWarnings("unchecked")
    Incoming incoming(JsonNode r) {
        String key = r.get("key").asString();
        var project = new Project("XM-LABOURHUB-" + key, List.of(), "XM-LABOURHUB", "LabourHub", "40", text(r.get("title")),
                text(r.get("description")), enumOf(ActivityStatus.class, r.get("status")),
                new Project.Dates(date(r, "plannedStart"), date(r, "actualStart"), date(r, "plannedEnd"), date(r, "actualEnd")),
                enumOf(Modality.class, r.get("modality")), null, participants(r.get("participants")), countries(r.get("countries")),
                regions(r.get("regions")), List.of(), sectors(r.get("sectors")), themes(r.get("themes")), strings(r.get("sdgTargets")),
                List.of(), List.of(), documents(r.get("documents")), results(r.get("results")));
        var raw = (Map<String, Object>) ProjectsJson.JSON.convertValue(r, Map.class);
        var provenance = new ProvenanceRecord(Source.valueOf(r.get("source").asString()), key,
                DemoDocuments.cited(r.path("seeds").asString()), OffsetDateTime.now(),
                "demo", raw);
        return new Incoming(project, provenance);
    }

    private List<Project.Participant> participants(JsonNode list) {
        var participants = new ArrayList<Project.Participant>();
        for (JsonNode p : list) {
            String key = p.get("org").asString();
            OrganisationRef org = directory.organisation(key)
                    .orElseThrow(() -> new IllegalStateException("Demo project names an organisation the directory lacks: " + key));
            // the name kept with the participant is the English one an IATI file would give; the project page names a
            // linked participant as the directory does in the reader's language
            String name = org.label(Locale.ENGLISH);
            participants.add(new Project.Participant(ParticipantRole.valueOf(p.get("role").asString()), null, name, null, org.id()));
        }
        return participants;
    }

    private static List<Project.CountryShare> countries(JsonNode list) {
        var countries = new ArrayList<Project.CountryShare>();
        for (JsonNode c : list) {
            countries.add(new Project.CountryShare(c.get("code").asString(), decimal(c.get("percentage"))));
        }
        return countries;
    }

    private static List<Project.RegionShare> regions(JsonNode list) {
        var regions = new ArrayList<Project.RegionShare>();
        for (JsonNode region : list) {
            MultilingualText name = text(withOriginal(region.get("name")));
            String code = name.in(Language.EN).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
            regions.add(new Project.RegionShare(code, "99", null, name));
        }
        return regions;
    }

    private static List<Project.SectorShare> sectors(JsonNode list) {
        var sectors = new ArrayList<Project.SectorShare>();
        for (JsonNode s : list) {
            sectors.add(new Project.SectorShare(s.asString(), null));
        }
        return sectors;
    }

    private static EnumSet<Theme> themes(JsonNode list) {
        var themes = EnumSet.noneOf(Theme.class);
        list.forEach(t -> themes.add(Theme.valueOf(t.asString())));
        return themes;
    }

    private static List<Project.DocumentLink> documents(JsonNode list) {
        var documents = new ArrayList<Project.DocumentLink>();
        for (JsonNode d : list) {
            documents.add(new Project.DocumentLink(d.has("url") ? d.get("url").asString() : null, "text/html",
                    text(d.get("title")), d.path("category").asString(null), text(d.get("note"))));
        }
        return documents;
    }

    private static List<Project.Result> results(JsonNode list) {
        var results = new ArrayList<Project.Result>();
        for (JsonNode r : list) {
            var indicators = new ArrayList<Project.Indicator>();
            for (JsonNode i : r.get("indicators")) {
                JsonNode baseline = i.get("baseline");
                JsonNode target = i.get("target");
                JsonNode actual = i.get("actual");
                String anyValue = value(actual) != null ? value(actual) : value(target);
                var measure = anyValue != null && !anyValue.matches("-?[0-9.]+") ? IndicatorMeasure.QUALITATIVE : IndicatorMeasure.UNIT;
                indicators.add(new Project.Indicator(measure, text(i.get("title")), year(baseline), value(baseline),
                        value(target), value(actual), year(actual) != null ? year(actual) : year(target)));
            }
            results.add(new Project.Result(ResultType.OUTPUT, text(r.get("title")), indicators));
        }
        return results;
    }

    private static String value(JsonNode v) {
        return v == null || v.isNull() || v.get("value") == null || v.get("value").isNull() ? null : v.get("value").asString();
    }

    private static Integer year(JsonNode v) {
        return v == null || v.isNull() || v.get("year") == null || v.get("year").isNull() ? null : Integer.valueOf(v.get("year").asString());
    }

    private static MultilingualText text(JsonNode node) {
        return node == null || node.isNull() ? null : MultilingualTextJson.read(node.toString());
    }

    /** Region names in the file carry no original language; the seeds' language is French. */
    private static JsonNode withOriginal(JsonNode name) {
        var copy = (tools.jackson.databind.node.ObjectNode) name.deepCopy();
        copy.put("original", "fr");
        return copy;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, JsonNode node) {
        return node == null || node.isNull() ? null : Enum.valueOf(type, node.asString());
    }

    private static LocalDate date(JsonNode r, String field) {
        JsonNode node = r.get(field);
        return node == null || node.isNull() ? null : LocalDate.parse(node.asString());
    }

    private static BigDecimal decimal(JsonNode node) {
        return node == null || node.isNull() ? null : new BigDecimal(node.asString());
    }

    private static List<String> strings(JsonNode list) {
        var strings = new ArrayList<String>();
        list.forEach(s -> strings.add(s.asString()));
        return strings;
    }
}
