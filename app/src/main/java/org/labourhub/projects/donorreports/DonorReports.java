package org.labourhub.projects.donorreports;

import org.labourhub.platform.i18n.Language;
import org.labourhub.platform.web.RecordNotFound;
import org.labourhub.projects.ProjectReader;
import org.labourhub.projects.monitoring.Bottleneck;
import org.labourhub.projects.monitoring.Bottlenecks;
import org.labourhub.projects.monitoring.Delivery;
import org.labourhub.projects.monitoring.MonitoringSettings;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds donor progress reports from the registry, for one project or for a donor's whole portfolio. */
@Component
class DonorReports {

    private final JdbcClient jdbc;
    private final ProjectReader reader;
    private final Delivery delivery;
    private final Bottlenecks bottlenecks;
    private final MonitoringSettings settings;

    DonorReports(JdbcClient jdbc, ProjectReader reader, Delivery delivery, Bottlenecks bottlenecks, MonitoringSettings settings) {
        this.jdbc = jdbc;
        this.reader = reader;
        this.delivery = delivery;
        this.bottlenecks = bottlenecks;
        this.settings = settings;
    }

    DonorReport forProject(long id, Language language) {
        return report(null, List.of(id), language);
    }

    /** Every published project the donor (a funding organisation's name as listed) funds. */
    DonorReport forDonor(String donor, Language language) {
        List<Long> ids = jdbc.sql("""
                select distinct p.id from projects.project p join projects.participant f on f.project_id = p.id
                where f.role = 'FUNDING' and f.name = ? and p.merged_into is null and p.entry_state = 'PUBLISHED'
                order by p.id""").param(donor).query(Long.class).list();
        if (ids.isEmpty()) {
            throw new RecordNotFound("donor", donor);
        }
        return report(donor, ids, language);
    }

    /** Whether any published project is fictional training data (then some donors are fictional too). */
    boolean anyFictional() {
        return jdbc.sql("select exists (select 1 from projects.project where training and merged_into is null and entry_state = 'PUBLISHED')")
                .query(Boolean.class).single();
    }

    /** Every funder of a published project, in the reader's collation order. */
    List<String> donors(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.PRIMARY);
        return jdbc.sql("""
                select distinct f.name from projects.participant f join projects.project p on p.id = f.project_id
                where f.role = 'FUNDING' and p.merged_into is null and p.entry_state = 'PUBLISHED'""")
                .query(String.class).list().stream().sorted(collator).toList();
    }

    private DonorReport report(String donor, List<Long> ids, Language language) {
        Map<Long, List<Bottleneck>> flagged = bottlenecks.find(settings.current(), language, ids).stream()
                .collect(Collectors.groupingBy(Bottleneck::projectId));
        var projects = reader.many(ids);
        var deliveries = delivery.of(ids);
        Map<Long, LocalDate> lastReports = new HashMap<>();
        jdbc.sql("select id, last_progress_report from projects.project where id = any(?::bigint[]) and last_progress_report is not null")
                .param(ids.toArray(Long[]::new))
                .query((RowCallbackHandler) rs -> lastReports.put(rs.getLong(1), ProjectReader.date(rs, 2)));
        var sections = new ArrayList<DonorReport.Section>();
        projects.forEach((id, project) -> sections.add(new DonorReport.Section(id, project, deliveries.get(id),
                flagged.getOrDefault(id, List.of()), lastReports.get(id))));
        long fictional = jdbc.sql("select count(*) from projects.project where training and id = any(?::bigint[])")
                .param(ids.toArray(Long[]::new)).query(Long.class).single();
        return new DonorReport(donor, LocalDate.now(), sections, fictional);
    }
}
