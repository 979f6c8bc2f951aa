package org.labourhub.projects.importing.iati;

import java.util.List;

/**
 * Reads an iati-activity element, read whole, into a draft: the elements LabourHub models, values still text, each
 * with where it stood in the file. The others stay in the activity's source text (see {@link ActivitySource}).
 */
final class ActivityElements {

    private final ActivityDraft draft;
    private final String lang;

    private ActivityElements(ActivityDraft draft) {
        this.draft = draft;
        this.lang = draft.language;
    }

    static ActivityDraft read(XmlNode activity, String fileLanguage) {
        var draft = new ActivityDraft();
        draft.at = activity.at;
        draft.language = activity.language(fileLanguage).toLowerCase(java.util.Locale.ROOT);
        draft.defaultCurrency = activity.attr("default-currency");
        draft.lastUpdated = activity.attr("last-updated-datetime");
        var elements = new ActivityElements(draft);
        activity.children.stream().filter(XmlNode::isIati).forEach(elements::read);
        return draft;
    }

    private void read(XmlNode e) {
        switch (e.name) {
            case "iati-identifier" -> {
                draft.identifierAt = e.at;
                draft.identifier = e.text();
            }
            case "reporting-org" -> draft.reportingOrg = new ActivityDraft.Org(e.at, e.attr("ref"), e.attr("type"), null, narratives(e));
            case "title" -> {
                draft.titleAt = e.at;
                draft.title = narratives(e);
            }
            case "description" -> {
                String type = e.attr("type");
                if ((type == null || type.equals("1")) && draft.description == null) {
                    draft.description = narratives(e);
                }
            }
            case "participating-org" -> draft.participants.add(new ActivityDraft.Org(e.at, e.attr("ref"), e.attr("type"), e.attr("role"), narratives(e)));
            case "other-identifier" -> {
                if (e.attr("ref") != null) {
                    draft.otherIdentifiers.add(e.attr("ref"));
                }
            }
            case "activity-status" -> {
                draft.statusAt = e.at;
                draft.status = e.attr("code");
            }
            case "activity-date" -> draft.dates.add(dated(e));
            case "recipient-country" -> draft.countries.add(share(e));
            case "recipient-region" -> draft.regions.add(share(e));
            case "location" -> draft.locations.add(location(e));
            case "sector" -> draft.sectors.add(share(e));
            case "tag" -> draft.tags.add(new ActivityDraft.Tag(e.at, e.attr("vocabulary"), e.attr("vocabulary-uri"), e.attr("code")));
            case "collaboration-type" -> {
                draft.collaborationAt = e.at;
                draft.collaborationType = e.attr("code");
            }
            case "budget" -> draft.budgets.add(new ActivityDraft.Budget(e.at, e.attr("type") == null ? "1" : e.attr("type"),
                    e.first("period-start").map(this::dated).orElse(null), e.first("period-end").map(this::dated).orElse(null),
                    e.first("value").map(this::value).orElse(null)));
            case "transaction" -> draft.transactions.add(new ActivityDraft.Transaction(e.at,
                    e.first("transaction-type").map(t -> t.attr("code")).orElse(null),
                    e.first("transaction-date").map(this::dated).orElse(null), e.first("value").map(this::value).orElse(null),
                    e.first("description").map(this::narratives).orElse(null),
                    e.first("recipient-country").map(this::share).orElse(null),
                    e.first("recipient-region").map(this::share).orElse(null)));
            case "document-link" -> draft.documents.add(new ActivityDraft.Document(e.at, e.attr("url"), e.attr("format"),
                    e.first("title").map(this::narratives).orElse(null),
                    e.first("category").map(c -> c.attr("code")).orElse(null)));
            case "result" -> draft.results.add(new ActivityDraft.Result(e.at, e.attr("type"),
                    e.first("title").map(this::narratives).orElse(null), e.all("indicator").map(this::indicator).toList()));
            default -> { } // kept in the source text
        }
    }

    /** The narratives inside an element, by language, in file order (two in one language are joined). */
    private ActivityDraft.Narratives narratives(XmlNode e) {
        var narratives = new ActivityDraft.Narratives();
        e.all("narrative").forEach(n -> narratives.merge(n.language(lang).toLowerCase(java.util.Locale.ROOT), n.text(),
                (a, b) -> a + "\n" + b));
        return narratives;
    }

    private ActivityDraft.Dated dated(XmlNode e) {
        return new ActivityDraft.Dated(e.at, e.attr("type"), e.attr("iso-date"));
    }

    private ActivityDraft.Share share(XmlNode e) {
        return new ActivityDraft.Share(e.at, e.attr("code"), e.attr("vocabulary") == null ? "1" : e.attr("vocabulary"),
                e.attr("vocabulary-uri"), e.attr("percentage"), narratives(e));
    }

    private ActivityDraft.Value value(XmlNode e) {
        return new ActivityDraft.Value(e.at, e.attr("currency"), e.attr("value-date"), e.text());
    }

    private ActivityDraft.Location location(XmlNode e) {
        List<ActivityDraft.Administrative> areas = e.all("administrative")
                .map(a -> new ActivityDraft.Administrative(a.attr("vocabulary"), a.attr("level"), a.attr("code"))).toList();
        String pos = e.first("point").flatMap(p -> p.first("pos")).map(XmlNode::text).orElse(null);
        return new ActivityDraft.Location(e.at, e.attr("ref"), e.first("name").map(this::narratives).orElse(null), areas, pos);
    }

    private ActivityDraft.Indicator indicator(XmlNode i) {
        var baseline = i.first("baseline");
        var period = i.first("period");
        return new ActivityDraft.Indicator(i.at, i.attr("measure"), i.first("title").map(this::narratives).orElse(null),
                baseline.map(b -> b.attr("year")).orElse(null), baseline.map(b -> b.attr("value")).orElse(null),
                period.flatMap(p -> p.first("target")).map(t -> t.attr("value")).orElse(null),
                period.flatMap(p -> p.first("actual")).map(a -> a.attr("value")).orElse(null),
                period.flatMap(p -> p.first("period-end")).map(p -> p.attr("iso-date")).orElse(null));
    }
}
