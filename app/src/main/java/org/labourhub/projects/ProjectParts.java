package org.labourhub.projects;

import org.labourhub.platform.database.IdentityValues;
import org.labourhub.platform.i18n.MultilingualTextJson;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/** Writes the parts of a batch of projects (organisations, countries, money, results…) with one COPY per table. */
final class ProjectParts {

    private final JdbcTemplate jdbc;

    ProjectParts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(List<Incoming> batch, List<Long> ids, ParticipantLinks links) {
        var identifiers = new CopyRows("projects.other_identifier", "project_id", "ref");
        var participants = new CopyRows("projects.participant", "project_id", "role", "organisation_id", "ref", "name", "type");
        var countries = new CopyRows("projects.recipient_country", "project_id", "iso2", "percentage", "on_transactions");
        var regions = new CopyRows("projects.recipient_region", "project_id", "code", "vocabulary", "percentage", "name");
        var sectors = new CopyRows("projects.sector", "project_id", "code", "vocabulary", "vocabulary_uri", "percentage");
        var locations = new CopyRows("projects.location", "project_id", "position", "ref", "name", "administrative",
                "latitude", "longitude");
        var themes = new CopyRows("projects.theme", "project_id", "theme");
        var sdgs = new CopyRows("projects.sdg_target", "project_id", "target");
        var budgets = new CopyRows("projects.budget", "project_id", "type", "period_start", "period_end", "amount", "currency", "value_date");
        var transactions = new CopyRows("projects.transaction", "project_id", "type", "date", "amount", "currency", "value_date",
                "description", "recipient_country", "recipient_region", "recipient_region_vocabulary");
        var documents = new CopyRows("projects.document", "project_id", "url", "format", "title", "category", "note");
        for (int i = 0; i < batch.size(); i++) {
            long id = ids.get(i);
            Project p = batch.get(i).project();
            p.otherIdentifiers().stream().distinct().forEach(ref -> identifiers.add(id, ref));
            p.participants().forEach(o -> participants.add(id, o.role(), links.organisationOf(o), o.ref(), o.name(), o.type()));
            p.countries().forEach(c -> countries.add(id, c.iso2(), c.percentage(), false));
            countriesOnTransactions(p).forEach(iso2 -> countries.add(id, iso2, null, true));
            p.regions().forEach(r -> regions.add(id, r.code(), r.vocabulary(), r.percentage(), MultilingualTextJson.write(r.name())));
            p.sectors().forEach(s -> sectors.add(id, s.code(), s.vocabulary(), s.vocabularyUri(), s.percentage()));
            for (int n = 0; n < p.locations().size(); n++) {
                var l = p.locations().get(n);
                locations.add(id, n, l.ref(), MultilingualTextJson.write(l.name()), ProjectsJson.write(l.administrative()),
                        l.latitude(), l.longitude());
            }
            p.themes().forEach(t -> themes.add(id, t));
            p.sdgTargets().stream().distinct().forEach(t -> sdgs.add(id, t));
            p.budgets().forEach(b -> budgets.add(id, b.type(), b.periodStart(), b.periodEnd(),
                    b.value().amount(), b.value().currency(), b.value().valueDate()));
            p.transactions().forEach(t -> transactions.add(id, t.type(), t.date(), t.value().amount(), t.value().currency(),
                    t.value().valueDate(), t.description(), t.recipientCountry(),
                    t.recipientRegion() == null ? null : t.recipientRegion().code(),
                    t.recipientRegion() == null ? null : t.recipientRegion().vocabulary()));
            p.documents().forEach(d -> documents.add(id, d.url(), d.format(),
                    MultilingualTextJson.write(d.title()), d.category(), MultilingualTextJson.write(d.note())));
        }
        for (CopyRows rows : List.of(identifiers, participants, countries, regions, sectors, locations, themes, sdgs,
                budgets, transactions, documents)) {
            rows.copy(jdbc);
        }
        insertResults(batch, ids);
    }

    /**
     * The countries a project names only on its transactions (IATI allows geography there instead of on the
     * activity), listed with it so that it is found by country; none when the activity names its own.
     */
    private static List<String> countriesOnTransactions(Project p) {
        if (!p.countries().isEmpty()) {
            return List.of();
        }
        return p.transactions().stream().map(Project.Transaction::recipientCountry).filter(java.util.Objects::nonNull)
                .distinct().toList();
    }

    /** Results and indicators, the results' ids drawn from their sequence in one round trip. */
    private void insertResults(List<Incoming> batch, List<Long> ids) {
        int count = batch.stream().mapToInt(in -> in.project().results().size()).sum();
        if (count == 0) {
            return;
        }
        List<Long> resultIds = IdentityValues.take(jdbc, "projects.result", count);
        var results = new CopyRows("projects.result", "id", "project_id", "type", "title", "position");
        var indicators = new CopyRows("projects.indicator", "result_id", "position", "measure", "title", "baseline_year",
                "baseline_value", "target_value", "actual_value", "period_year");
        int next = 0;
        for (int i = 0; i < batch.size(); i++) {
            List<Project.Result> projectResults = batch.get(i).project().results();
            for (int r = 0; r < projectResults.size(); r++) {
                var result = projectResults.get(r);
                long resultId = resultIds.get(next++);
                results.add(resultId, ids.get(i), result.type(), MultilingualTextJson.write(result.title()), r);
                for (int n = 0; n < result.indicators().size(); n++) {
                    var ind = result.indicators().get(n);
                    indicators.add(resultId, n, ind.measure(), MultilingualTextJson.write(ind.title()), ind.baselineYear(),
                            ind.baselineValue(), ind.targetValue(), ind.actualValue(), ind.periodYear());
                }
            }
        }
        results.copy(jdbc); // COPY writes the given ids even to an identity column that is "generated always"
        indicators.copy(jdbc);
    }
}
