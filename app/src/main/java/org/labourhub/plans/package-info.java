/**
 * Plans of action and work plans: trees of results, products, issues and lines of action with indicators
 * (baseline, targets, values by period and disaggregation) and activities (responsible organisations, calendar,
 * status, resources); dated progress updates gathered in reporting cycles (submit, return or approve, publish);
 * and the governing-body reports generated from them as page, Word document and PDF.
 * <p>
 * Here sits the core the rest builds on: the records (plan, element, indicator, activity, reporting cycle, progress
 * update and an activity's report in a cycle), their stores, the whole plan as pages read it, who may do what, the
 * review's consequences and the audit trail's view of the module. Each activity on them has its sub-package, which
 * uses the core and never the other way round: {@code editing}, {@code indicators}, {@code reporting} (cycles,
 * submission and review of updates), {@code reports}, {@code browsing} and {@code demo}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plans",
        allowedDependencies = {"projects", "directory", "accounts", "platform"})
package org.labourhub.plans;
