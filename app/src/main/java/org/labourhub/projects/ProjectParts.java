package org.labourhub.projects;

import org.labourhub.platform.i18n.MultilingualTextJson;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

import static org.labourhub.projects.ProjectStore.sql;

/** Inserts the parts of a batch of projects (organisations, countries, money, results…) with one batch per table. */
final class ProjectParts {

    private final JdbcTemplate jdbc;

    ProjectParts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(List<Incoming> batch, List<Long> ids) {
        var identifiers = new ArrayList<Object[]>();
        var participants = new ArrayList<Object[]>();
        var countries = new ArrayList<Object[]>();
        var regions = new ArrayList<Object[]>();
        var sectors = new ArrayList<Object[]>();
        var themes = new ArrayList<Object[]>();
        var sdgs = new ArrayList<Object[]>();
        var budgets = new ArrayList<Object[]>();
        var transactions = new ArrayList<Object[]>();
        var documents = new ArrayList<Object[]>();
        for (int i = 0; i < batch.size(); i++) {
            long id = ids.get(i);
            Project p = batch.get(i).project();
            p.otherIdentifiers().stream().distinct().forEach(ref -> identifiers.add(new Object[]{id, ref, null}));
            p.participants().forEach(o -> participants.add(new Object[]{id, o.role().name(), o.organisationId(), o.ref(), o.name(), o.type()}));
            p.countries().forEach(c -> countries.add(new Object[]{id, c.iso2(), c.percentage()}));
            p.regions().forEach(r -> regions.add(new Object[]{id, r.code(), r.vocabulary(), r.percentage(), MultilingualTextJson.write(r.name())}));
            p.sectors().forEach(s -> sectors.add(new Object[]{id, s.code(), s.percentage()}));
            p.themes().forEach(t -> themes.add(new Object[]{id, t.name()}));
            p.sdgTargets().stream().distinct().forEach(t -> sdgs.add(new Object[]{id, t}));
            p.budgets().forEach(b -> budgets.add(new Object[]{id, b.type().name(), sql(b.periodStart()), sql(b.periodEnd()),
                    b.value().amount(), b.value().currency(), sql(b.value().valueDate())}));
            p.transactions().forEach(t -> transactions.add(new Object[]{id, t.type().name(), sql(t.date()),
                    t.value().amount(), t.value().currency(), sql(t.value().valueDate()), t.description()}));
            p.documents().forEach(d -> documents.add(new Object[]{id, d.url(), d.format(),
                    MultilingualTextJson.write(d.title()), d.category(), MultilingualTextJson.write(d.note())}));
        }
        batch("insert into projects.other_identifier (project_id, ref, type) values (?, ?, ?)", identifiers);
        batch("insert into projects.participant (project_id, role, organisation_id, ref, name, type) values (?, ?, ?, ?, ?, ?)", participants);
        batch("insert into projects.recipient_country (project_id, iso2, percentage) values (?, ?, ?)", countries);
        batch("insert into projects.recipient_region (project_id, code, vocabulary, percentage, name) values (?, ?, ?, ?, cast(? as jsonb))", regions);
        batch("insert into projects.sector (project_id, code, percentage) values (?, ?, ?)", sectors);
        batch("insert into projects.theme (project_id, theme) values (?, ?)", themes);
        batch("insert into projects.sdg_target (project_id, target) values (?, ?)", sdgs);
        batch("insert into projects.budget (project_id, type, period_start, period_end, amount, currency, value_date) values (?, ?, ?, ?, ?, ?, ?)", budgets);
        batch("insert into projects.transaction (project_id, type, date, amount, currency, value_date, description) values (?, ?, ?, ?, ?, ?, ?)", transactions);
        batch("insert into projects.document (project_id, url, format, title, category, note) values (?, ?, ?, cast(? as jsonb), ?, cast(? as jsonb))", documents);
        insertResults(batch, ids);
    }

    /** Results and indicators in two batches, their ids drawn from the sequence in one round trip. */
    private void insertResults(List<Incoming> batch, List<Long> ids) {
        int count = batch.stream().mapToInt(in -> in.project().results().size()).sum();
        if (count == 0) {
            return;
        }
        List<Long> resultIds = jdbc.queryForList(
                "select nextval(pg_get_serial_sequence('projects.result', 'id')) from generate_series(1, ?)", Long.class, count);
        var results = new ArrayList<Object[]>();
        var indicators = new ArrayList<Object[]>();
        int next = 0;
        for (int i = 0; i < batch.size(); i++) {
            List<Project.Result> projectResults = batch.get(i).project().results();
            for (int r = 0; r < projectResults.size(); r++) {
                var result = projectResults.get(r);
                long resultId = resultIds.get(next++);
                results.add(new Object[]{resultId, ids.get(i), result.type().name(), MultilingualTextJson.write(result.title()), r});
                for (int n = 0; n < result.indicators().size(); n++) {
                    var ind = result.indicators().get(n);
                    indicators.add(new Object[]{resultId, n, ind.measure().name(), MultilingualTextJson.write(ind.title()),
                            ind.baselineYear(), ind.baselineValue(), ind.targetValue(), ind.actualValue(), ind.periodYear()});
                }
            }
        }
        batch("insert into projects.result (id, project_id, type, title, position) overriding system value "
                + "values (?, ?, ?, cast(? as jsonb), ?)", results);
        batch("insert into projects.indicator (result_id, position, measure, title, baseline_year, baseline_value, "
                + "target_value, actual_value, period_year) values (?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?)", indicators);
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
        }
    }
}
