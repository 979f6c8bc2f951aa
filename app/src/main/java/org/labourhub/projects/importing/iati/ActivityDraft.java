package org.labourhub.projects.importing.iati;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An iati-activity element as read, values still text, each with where it stood in the file. */
final class ActivityDraft {

    /** Narratives of one element by language code, in file order. */
    static final class Narratives extends LinkedHashMap<String, String> {
    }

    record Org(Located at, String ref, String type, String role, Narratives name) { }
    record Dated(Located at, String type, String isoDate) { }
    record Share(Located at, String code, String vocabulary, String vocabularyUri, String percentage, Narratives name) { }
    record Administrative(String vocabulary, String level, String code) { }
    record Location(Located at, String ref, Narratives name, List<Administrative> administrative, String pos) { }
    record Tag(Located at, String vocabulary, String vocabularyUri, String code) { }
    record Value(Located at, String currency, String valueDate, String amount) { }
    record Budget(Located at, String type, Dated periodStart, Dated periodEnd, Value value) { }
    record Transaction(Located at, String type, Dated date, Value value, Narratives description, Share country,
                       Share region) { }
    record Document(Located at, String url, String format, Narratives title, String category) { }
    record Indicator(Located at, String measure, Narratives title, String baselineYear, String baselineValue,
                     String targetValue, String actualValue, String periodEnd) { }
    record Result(Located at, String type, Narratives title, List<Indicator> indicators) { }

    Located at = Located.FILE;
    String language;
    String defaultCurrency;
    String lastUpdated;
    Located identifierAt;
    String identifier;
    Org reportingOrg;
    Located titleAt;
    Narratives title;
    Narratives description;
    final List<Org> participants = new ArrayList<>();
    final List<String> otherIdentifiers = new ArrayList<>();
    Located statusAt;
    String status;
    final List<Dated> dates = new ArrayList<>();
    final List<Share> countries = new ArrayList<>();
    final List<Share> regions = new ArrayList<>();
    final List<Share> sectors = new ArrayList<>();
    final List<Location> locations = new ArrayList<>();
    final List<Tag> tags = new ArrayList<>();
    Located collaborationAt;
    String collaborationType;
    final List<Budget> budgets = new ArrayList<>();
    final List<Transaction> transactions = new ArrayList<>();
    final List<Document> documents = new ArrayList<>();
    final List<Result> results = new ArrayList<>();

    /** The identifier to name the activity by in messages, or where it starts when it has none. */
    String name() {
        return identifier != null && !identifier.isBlank() ? identifier : "#" + at.line();
    }

    /** The raw values kept as provenance: the source's own codes, as written. */
    Map<String, Object> raw() {
        var raw = new LinkedHashMap<String, Object>();
        raw.put("line", at.line());
        raw.put("iati-identifier", identifier);
        raw.put("activity-status", status);
        raw.put("default-currency", defaultCurrency);
        raw.put("last-updated-datetime", lastUpdated);
        raw.put("recipient-country", countries.stream().map(c -> c.code() + (c.percentage() == null ? "" : ":" + c.percentage())).toList());
        raw.put("activity-date", dates.stream().map(d -> d.type() + ":" + d.isoDate()).toList());
        return raw;
    }
}
