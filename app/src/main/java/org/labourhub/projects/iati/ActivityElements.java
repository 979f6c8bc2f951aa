package org.labourhub.projects.iati;

import javax.xml.stream.XMLStreamException;
import java.util.ArrayList;

/** Reads one child element of an iati-activity into the draft; elements LabourHub does not keep are skipped. */
final class ActivityElements {

    private final IatiActivityReader in;
    private final ActivityDraft draft;

    ActivityElements(IatiActivityReader in, ActivityDraft draft) {
        this.in = in;
        this.draft = draft;
    }

    void read(String name) throws XMLStreamException {
        Located at = in.here();
        String lang = draft.language;
        switch (name) {
            case "iati-identifier" -> {
                draft.identifierAt = at;
                draft.identifier = in.xml().getElementText().strip();
            }
            case "reporting-org" -> draft.reportingOrg = new ActivityDraft.Org(at, in.attr("ref"), in.attr("type"), null, in.narratives(lang));
            case "title" -> {
                draft.titleAt = at;
                draft.title = in.narratives(lang);
            }
            case "description" -> readDescription(lang);
            case "participating-org" -> draft.participants.add(new ActivityDraft.Org(at, in.attr("ref"), in.attr("type"), in.attr("role"), in.narratives(lang)));
            case "other-identifier" -> {
                String ref = in.attr("ref");
                if (ref != null) {
                    draft.otherIdentifiers.add(ref);
                }
                in.skip();
            }
            case "activity-status" -> {
                draft.statusAt = at;
                draft.status = in.attr("code");
                in.skip();
            }
            case "activity-date" -> {
                draft.dates.add(new ActivityDraft.Dated(at, in.attr("type"), in.attr("iso-date")));
                in.skip();
            }
            case "recipient-country" -> draft.countries.add(share(at, "1", lang));
            case "recipient-region" -> draft.regions.add(share(at, "1", lang));
            case "sector" -> draft.sectors.add(share(at, "1", lang));
            case "tag" -> {
                draft.tags.add(new ActivityDraft.Tag(at, in.attr("vocabulary"), in.attr("vocabulary-uri"), in.attr("code")));
                in.skip();
            }
            case "collaboration-type" -> {
                draft.collaborationAt = at;
                draft.collaborationType = in.attr("code");
                in.skip();
            }
            case "budget" -> readBudget(at);
            case "transaction" -> readTransaction(at, lang);
            case "document-link" -> readDocument(at, lang);
            case "result" -> readResult(at, lang);
            default -> in.skip();
        }
    }

    private ActivityDraft.Share share(Located at, String defaultVocabulary, String lang) throws XMLStreamException {
        String code = in.attr("code");
        String vocabulary = in.attr(null, "vocabulary", defaultVocabulary);
        String percentage = in.attr("percentage");
        return new ActivityDraft.Share(at, code, vocabulary, percentage, in.narratives(lang));
    }

    private void readDescription(String lang) throws XMLStreamException {
        String type = in.attr(null, "type", "1");
        var text = in.narratives(lang);
        if (type.equals("1") && draft.description == null) {
            draft.description = text;
        }
    }

    private ActivityDraft.Dated dated(String type) throws XMLStreamException {
        var dated = new ActivityDraft.Dated(in.here(), type, in.attr("iso-date"));
        in.skip();
        return dated;
    }

    private ActivityDraft.Value value() throws XMLStreamException {
        Located at = in.here();
        String currency = in.attr("currency");
        String valueDate = in.attr("value-date");
        return new ActivityDraft.Value(at, currency, valueDate, in.xml().getElementText().strip());
    }

    private void readBudget(Located at) throws XMLStreamException {
        String type = in.attr(null, "type", "1");
        ActivityDraft.Dated[] period = new ActivityDraft.Dated[2];
        ActivityDraft.Value[] value = new ActivityDraft.Value[1];
        in.children(child -> {
            switch (child) {
                case "period-start" -> period[0] = dated("period-start");
                case "period-end" -> period[1] = dated("period-end");
                case "value" -> value[0] = value();
                default -> in.skip();
            }
        });
        draft.budgets.add(new ActivityDraft.Budget(at, type, period[0], period[1], value[0]));
    }

    private void readTransaction(Located at, String lang) throws XMLStreamException {
        String[] type = new String[1];
        ActivityDraft.Dated[] date = new ActivityDraft.Dated[1];
        ActivityDraft.Value[] value = new ActivityDraft.Value[1];
        ActivityDraft.Narratives[] description = new ActivityDraft.Narratives[1];
        in.children(child -> {
            switch (child) {
                case "transaction-type" -> {
                    type[0] = in.attr("code");
                    in.skip();
                }
                case "transaction-date" -> date[0] = dated("transaction-date");
                case "value" -> value[0] = value();
                case "description" -> description[0] = in.narratives(lang);
                default -> in.skip();
            }
        });
        draft.transactions.add(new ActivityDraft.Transaction(at, type[0], date[0], value[0], description[0]));
    }

    private void readDocument(Located at, String lang) throws XMLStreamException {
        String url = in.attr("url");
        String format = in.attr("format");
        ActivityDraft.Narratives[] title = new ActivityDraft.Narratives[1];
        String[] category = new String[1];
        in.children(child -> {
            switch (child) {
                case "title" -> title[0] = in.narratives(lang);
                case "category" -> {
                    category[0] = in.attr("code");
                    in.skip();
                }
                default -> in.skip();
            }
        });
        draft.documents.add(new ActivityDraft.Document(at, url, format, title[0], category[0]));
    }

    private void readResult(Located at, String lang) throws XMLStreamException {
        String type = in.attr("type");
        ActivityDraft.Narratives[] title = new ActivityDraft.Narratives[1];
        var indicators = new ArrayList<ActivityDraft.Indicator>();
        in.children(child -> {
            switch (child) {
                case "title" -> title[0] = in.narratives(lang);
                case "indicator" -> indicators.add(readIndicator(lang));
                default -> in.skip();
            }
        });
        draft.results.add(new ActivityDraft.Result(at, type, title[0], indicators));
    }

    private ActivityDraft.Indicator readIndicator(String lang) throws XMLStreamException {
        Located at = in.here();
        String measure = in.attr("measure");
        ActivityDraft.Narratives[] title = new ActivityDraft.Narratives[1];
        String[] values = new String[5]; // baseline year, baseline value, target, actual, period end
        in.children(child -> {
            switch (child) {
                case "title" -> title[0] = in.narratives(lang);
                case "baseline" -> {
                    values[0] = in.attr("year");
                    values[1] = in.attr("value");
                    in.skip();
                }
                case "period" -> readPeriod(values);
                default -> in.skip();
            }
        });
        return new ActivityDraft.Indicator(at, measure, title[0], values[0], values[1], values[2], values[3], values[4]);
    }

    private void readPeriod(String[] values) throws XMLStreamException {
        in.children(child -> {
            switch (child) {
                case "period-end" -> {
                    values[4] = in.attr("iso-date");
                    in.skip();
                }
                case "target" -> {
                    values[2] = in.attr("value");
                    in.skip();
                }
                case "actual" -> {
                    values[3] = in.attr("value");
                    in.skip();
                }
                default -> in.skip();
            }
        });
    }
}
