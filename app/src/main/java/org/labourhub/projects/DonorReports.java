package org.labourhub.projects;

import org.labourhub.platform.i18n.Language;
import org.labourhub.platform.web.RecordNotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

    List<String> donors() {
        return jdbc.sql("""
                select distinct f.name from projects.participant f join projects.project p on p.id = f.project_id
                where f.role = 'FUNDING' and p.merged_into is null and p.entry_state = 'PUBLISHED' order by 1""")
                .query(String.class).list();
    }

    private DonorReport report(String donor, List<Long> ids, Language language) {
        var flagged = bottlenecks.find(settings.current(), language);
        var projects = reader.many(ids);
        var sections = new ArrayList<DonorReport.Section>();
        projects.forEach((id, project) -> sections.add(new DonorReport.Section(id, project, delivery.of(id),
                flagged.stream().filter(b -> b.projectId() == id).toList(), lastReport(id))));
        return new DonorReport(donor, LocalDate.now(), sections);
    }

    private LocalDate lastReport(long id) {
        return jdbc.sql("select last_progress_report from projects.project where id = ?").param(id)
                .query((rs, n) -> ProjectReader.date(rs, 1)).list().stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }
}
