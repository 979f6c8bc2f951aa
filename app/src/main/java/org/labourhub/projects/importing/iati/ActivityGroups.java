package org.labourhub.projects.importing.iati;

import org.labourhub.projects.Modality;
import org.labourhub.projects.Project;

import javax.xml.stream.XMLStreamException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The children of an iati-activity in the order the 2.03 schema requires, and for each kind LabourHub models: what of
 * the project it holds (to tell whether a reader changed it since the import) and how to write it from the project.
 * A kind is written from the source when it is unchanged or not modelled; elements of a modelled kind that the model
 * does not cover (descriptions other than the general one, tags of other vocabularies) are written from the source
 * either way.
 */
final class ActivityGroups {

    /** The children of iati-activity in the schema's order. */
    static final List<String> ORDER = List.of("iati-identifier", "reporting-org", "title", "description",
            "participating-org", "other-identifier", "activity-status", "activity-date", "contact-info", "activity-scope",
            "recipient-country", "recipient-region", "location", "sector", "tag", "country-budget-items",
            "humanitarian-scope", "policy-marker", "collaboration-type", "default-flow-type", "default-finance-type",
            "default-aid-type", "default-tied-status", "budget", "planned-disbursement", "capital-spend", "transaction",
            "document-link", "related-activity", "legacy-data", "conditions", "result", "crs-add", "fss");

    private interface Writing {
        void write(Project p) throws XMLStreamException;
    }

    /** A kind LabourHub models: what of the project it holds, how it is written, and the source elements it covers. */
    private record Group(Function<Project, Object> holds, Writing writing, Predicate<XmlNode> covers) {
    }

    private final Map<String, Group> modelled = new HashMap<>();
    private final IatiActivityWriter out;

    ActivityGroups(IatiActivityWriter out) {
        this.out = out;
        Predicate<XmlNode> all = e -> true;
        modelled.put("iati-identifier", new Group(Project::iatiIdentifier, out::identifier, all));
        modelled.put("reporting-org", new Group(p -> List.of(String.valueOf(p.reportingOrgRef()),
                String.valueOf(p.reportingOrgName()), String.valueOf(p.reportingOrgType())), out::reportingOrg, all));
        modelled.put("title", new Group(Project::title, out::title, all));
        modelled.put("description", new Group(Project::description, out::description,
                e -> e.attr("type") == null || e.attr("type").equals("1")));
        modelled.put("participating-org", new Group(p -> counted(p.participants().stream()
                .map(o -> new Project.Participant(o.role(), o.ref(), o.name(), o.type(), null)).toList()), out::participants, all));
        modelled.put("other-identifier", new Group(p -> java.util.Set.copyOf(p.otherIdentifiers()), out::otherIdentifiers, all));
        modelled.put("activity-status", new Group(Project::status, out::status, all));
        modelled.put("activity-date", new Group(Project::dates, out::dates, all));
        modelled.put("recipient-country", new Group(p -> counted(p.countries()), out::countries, all));
        modelled.put("recipient-region", new Group(p -> counted(p.regions()), out::regions, all));
        modelled.put("location", new Group(p -> counted(p.locations()), out::locations, all));
        modelled.put("sector", new Group(p -> counted(p.sectors()), out::sectors, all));
        modelled.put("tag", new Group(p -> List.of(p.themes(), java.util.Set.copyOf(p.sdgTargets()),
                String.valueOf(p.modality() == Modality.SOUTH_SOUTH || p.modality() == Modality.HORIZONTAL ? p.modality() : null)),
                out::tags, ActivityGroups::modelledTag));
        modelled.put("collaboration-type", new Group(p -> p.modality() == null ? ""
                : LabourHubVocabularies.collaborationType(p.modality()).orElse(""), out::collaborationType, all));
        modelled.put("budget", new Group(p -> counted(p.budgets()), p -> new IatiMoneyWriter(out).budgets(p), all));
        modelled.put("transaction", new Group(p -> counted(p.transactions()), p -> new IatiMoneyWriter(out).transactions(p), all));
        modelled.put("document-link", new Group(p -> counted(p.documents().stream().filter(d -> d.url() != null).toList()),
                p -> new IatiMoneyWriter(out).documents(p), all));
        modelled.put("result", new Group(p -> counted(p.results()), p -> new IatiMoneyWriter(out).results(p), all));
    }

    private static boolean modelledTag(XmlNode tag) {
        return LabourHubVocabularies.SDG_TARGET_VOCABULARY.equals(tag.attr("vocabulary"))
                || List.of(LabourHubVocabularies.THEME_URI, LabourHubVocabularies.MODALITY_URI).contains(tag.attr("vocabulary-uri"));
    }

    /** A list as a multiset: the same items in any order are the same. */
    private static Map<Object, Integer> counted(Collection<?> items) {
        var counts = new HashMap<Object, Integer>();
        items.forEach(item -> counts.merge(item, 1, Integer::sum));
        return counts;
    }

    /** Whether the project says what the source said, in every kind LabourHub models. */
    boolean unchanged(Project now, Project asRead) {
        return asRead != null && modelled.values().stream()
                .allMatch(g -> Objects.equals(g.holds().apply(now), g.holds().apply(asRead)));
    }

    /** Writes the activity's children, each kind from the source or from the project (see the class comment). */
    void write(Project p, SourceActivity source) throws XMLStreamException {
        for (String name : ORDER) {
            Group group = modelled.get(name);
            var kept = source == null ? List.<XmlNode>of() : source.node().all(name).toList();
            boolean fromSource = group == null
                    || source != null && source.project() != null
                    && Objects.equals(group.holds().apply(p), group.holds().apply(source.project()));
            if (fromSource && (source != null || group == null)) {
                for (XmlNode e : kept) {
                    write(e);
                }
                continue;
            }
            group.writing().write(p);
            for (XmlNode e : kept) {
                if (!group.covers().test(e)) {
                    write(e);
                }
            }
        }
        if (source != null) {
            for (XmlNode extension : source.node().children.stream().filter(c -> !c.isIati()).toList()) {
                write(extension);
            }
        }
    }

    private void write(XmlNode element) throws XMLStreamException {
        element.write(out.xml(), false);
    }
}
