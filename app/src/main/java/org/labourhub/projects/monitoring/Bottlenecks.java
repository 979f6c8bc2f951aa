package org.labourhub.projects.monitoring;

import org.labourhub.platform.i18n.Formats;
import org.labourhub.platform.i18n.Language;
import org.labourhub.platform.i18n.MultilingualTextJson;
import org.labourhub.projects.ProjectReader;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies the four bottleneck rules to the published projects, one plain SQL query per rule; reasons in the language,
 * their dates and percentages written as its readers write them.
 */
@Component
public class Bottlenecks {

    private static final String LIVE = "p.merged_into is null and p.entry_state = 'PUBLISHED'";
    /** The projects asked for, or all: placed last in the query, it takes the ids twice. */
    private static final String ONLY = " and (cast(? as bigint[]) is null or p.id = any(cast(? as bigint[])))";

    private final JdbcTemplate jdbc;
    private final MessageSource messages;
    private final RegistryFigures kept;

    Bottlenecks(JdbcTemplate jdbc, MessageSource messages, RegistryFigures kept) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.kept = kept;
    }

    /** At most this many flags are kept in memory per language (a few megabytes); more are found again each time. */
    static final int KEPT_AT_MOST = 50_000;

    /** The bottlenecks of every project, kept until the registry changes ({@link RegistryFigures}). */
    List<Bottleneck> find(MonitoringRules rules, Language language) {
        return kept.get(List.of("bottlenecks", rules, language), () -> List.copyOf(find(rules, language, null)),
                flags -> flags.size() <= KEPT_AT_MOST);
    }

    /** The bottlenecks of these projects only (null: of every project), e.g. for a donor report. */
    public List<Bottleneck> find(MonitoringRules rules, Language language, Collection<Long> projects) {
        Long[] ids = projects == null ? null : projects.toArray(Long[]::new);
        Map<Long, String> titles = new HashMap<>(); // a project flagged by several rules: its title read once, held once
        Formats formats = Formats.of(language.locale(), messages);
        var found = new ArrayList<Bottleneck>();
        found.addAll(jdbc.query("""
                select p.id, p.title::text, round(d.spent * 100 / d.budget)::int, cast(? as int)
                from projects.project p
                join (select project_id, sum(budget_usd) as budget, sum(expenditure_usd) as spent
                      from projects.yearly_delivery_of(cast(? as bigint[]))
                      where year < extract(year from current_date) group by 1) d on d.project_id = p.id
                where %s and p.status in ('IMPLEMENTATION', 'FINALISATION') and d.budget > 0 and d.spent * 100 < d.budget * ?
                """.formatted(LIVE), (rs, n) -> new Bottleneck(rs.getLong(1), title(rs, language, titles), Bottleneck.Rule.LOW_DELIVERY,
                List.of(formats.percent(rs.getInt(3)), formats.percent(rs.getInt(4)))), rules.lowDeliveryPercent(), ids,
                rules.lowDeliveryPercent()));
        found.addAll(jdbc.query("""
                select p.id, p.title::text, coalesce(p.actual_end, p.planned_end), p.status
                from projects.project p
                where %s and p.status in ('PIPELINE', 'IMPLEMENTATION', 'FINALISATION')
                  and coalesce(p.actual_end, p.planned_end) < current_date - ?
                """.formatted(LIVE) + ONLY, (rs, n) -> new Bottleneck(rs.getLong(1), title(rs, language, titles),
                Bottleneck.Rule.ENDED_NOT_CLOSED, List.of(formats.date(ProjectReader.date(rs, 3)),
                        messages.getMessage("projects.status." + rs.getString(4), null, language.locale()))),
                rules.endedNotClosedGraceDays(), ids, ids));
        found.addAll(jdbc.query("""
                select p.id, p.title::text, (select max(t.date) from projects.transaction t
                    where t.project_id = p.id and t.type = 'EXPENDITURE'), cast(? as int)
                from projects.project p
                where %s and p.status = 'IMPLEMENTATION'
                  and coalesce(p.actual_start, p.planned_start) <= current_date - make_interval(months => ?)
                  and not exists (select 1 from projects.transaction t where t.project_id = p.id and t.type = 'EXPENDITURE'
                                  and t.date > current_date - make_interval(months => ?))
                """.formatted(LIVE) + ONLY, since(Bottleneck.Rule.NO_EXPENDITURE, language, titles, formats),
                rules.noExpenditureMonths(), rules.noExpenditureMonths(), rules.noExpenditureMonths(), ids, ids));
        found.addAll(jdbc.query("""
                select p.id, p.title::text, p.last_progress_report, cast(? as int)
                from projects.project p
                where %s and p.status = 'IMPLEMENTATION'
                  and coalesce(p.last_progress_report, coalesce(p.actual_start, p.planned_start))
                      <= current_date - make_interval(months => ?)
                """.formatted(LIVE) + ONLY, since(Bottleneck.Rule.OVERDUE_REPORT, language, titles, formats),
                rules.progressReportMonths(), rules.progressReportMonths(), ids, ids));
        found.sort(Comparator.comparing(Bottleneck::title).thenComparing(Bottleneck::rule));
        return found;
    }

    /** A rule about time gone by: the last date (column 3; a dash when there is none) and the months allowed (column 4). */
    private static RowMapper<Bottleneck> since(Bottleneck.Rule rule, Language language, Map<Long, String> titles, Formats formats) {
        return (rs, n) -> {
            LocalDate last = ProjectReader.date(rs, 3);
            return new Bottleneck(rs.getLong(1), title(rs, language, titles), rule,
                    List.of(last == null ? "—" : formats.date(last), rs.getInt(4)));
        };
    }

    /** The title (column 2) of the project (column 1) in the language. */
    private static String title(ResultSet rs, Language language, Map<Long, String> titles) throws SQLException {
        String title = titles.get(rs.getLong(1));
        if (title == null) {
            title = MultilingualTextJson.read(rs.getString(2)).in(language);
            titles.put(rs.getLong(1), title);
        }
        return title;
    }
}
