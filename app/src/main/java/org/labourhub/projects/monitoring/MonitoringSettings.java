package org.labourhub.projects.monitoring;

import org.labourhub.accounts.Actor;
import org.labourhub.accounts.AuditTrail;
import org.labourhub.platform.web.ConcurrentEdit;
import org.labourhub.projects.ProjectsPolicy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The one row of bottleneck thresholds: read by everyone, changed by the secretariat, every change audited. */
@Component
public class MonitoringSettings {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ProjectsPolicy policy;

    MonitoringSettings(JdbcClient jdbc, AuditTrail audit, ProjectsPolicy policy) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.policy = policy;
    }

    public MonitoringRules current() {
        return jdbc.sql("""
                select low_delivery_percent, no_expenditure_months, progress_report_months, ended_not_closed_grace_days, version
                from projects.monitoring_rules where id = 1""").query(MonitoringRules.class).single();
    }

    @Transactional
    void change(MonitoringRules next) {
        ProjectsPolicy.require(policy.mayMaintainReferenceData(Actor.current()), "monitoring rules");
        MonitoringRules before = current();
        int updated = jdbc.sql("""
                        update projects.monitoring_rules set low_delivery_percent = ?, no_expenditure_months = ?,
                            progress_report_months = ?, ended_not_closed_grace_days = ?, version = version + 1
                        where id = 1 and version = ?""")
                .params(next.lowDeliveryPercent(), next.noExpenditureMonths(), next.progressReportMonths(),
                        next.endedNotClosedGraceDays(), next.version()).update();
        if (updated == 0) {
            throw new ConcurrentEdit("monitoring rules", 1);
        }
        audit.updated("projects.monitoring_rules", 1, before, current());
    }
}
