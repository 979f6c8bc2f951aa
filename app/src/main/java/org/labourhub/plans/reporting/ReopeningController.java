package org.labourhub.plans.reporting;

import org.labourhub.accounts.Actor;
import org.labourhub.accounts.AuditTrail;
import org.labourhub.plans.AuditSummaries;
import org.labourhub.plans.CycleReport;
import org.labourhub.plans.CycleReports;
import org.labourhub.plans.PlansPolicy;
import org.labourhub.plans.ProgressUpdate;
import org.labourhub.plans.ReportingCycles;
import org.labourhub.platform.web.ConcurrentEdit;
import org.labourhub.platform.web.RecordNotFound;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.OffsetDateTime;

/**
 * The secretariat reopens a reporting cycle for one activity after an update was approved in it, giving a reason:
 * the activity may then report again, and its new update goes through review like the first.
 */
@Controller
class ReopeningController {

    private final CycleReports reports;
    private final ReportingCycles cycles;
    private final PlansPolicy policy;
    private final AuditTrail audit;

    ReopeningController(CycleReports reports, ReportingCycles cycles, PlansPolicy policy, AuditTrail audit) {
        this.reports = reports;
        this.cycles = cycles;
        this.policy = policy;
        this.audit = audit;
    }

    @PostMapping("/plans/{planId}/cycles/{cycleId}/activities/{activityId}/reopen")
    @Transactional
    String reopen(@PathVariable long planId, @PathVariable long cycleId, @PathVariable long activityId,
                  @RequestParam(defaultValue = "") String reason) {
        policy.requireReviewer(Actor.current());
        CycleReport report = cycles.byId(cycleId).filter(c -> c.planId() == planId)
                .flatMap(c -> reports.of(cycleId, activityId))
                .orElseThrow(() -> new RecordNotFound("reporting cycle", cycleId + "/" + activityId));
        String back = "redirect:/plans/" + planId + "/activities/" + activityId;
        if (!ProgressUpdate.Reopening.isReason(reason)) {
            return back + "?reasonNeeded";
        }
        ProgressUpdate before = report.lockedBy().orElse(null);
        ProgressUpdate after;
        try {
            after = report.reopen(Actor.current().username(), OffsetDateTime.now(), reason);
            reports.reopened(report, after);
        } catch (CycleReport.Refused e) {
            return back + (e.reason == CycleReport.Refusal.CYCLE_CLOSED ? "?cycleClosed" : "?notLocked");
        } catch (ConcurrentEdit e) {
            return back + "?raced";
        }
        audit.updated("progress-update", after.id(), AuditSummaries.of(before), AuditSummaries.of(after));
        return back + "?reopened";
    }
}
