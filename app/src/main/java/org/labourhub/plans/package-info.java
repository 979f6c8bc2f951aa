/**
 * Plans of action and work plans: trees of results, products, issues and lines of action with indicators
 * (baseline, targets, values by period and disaggregation) and activities (responsible organisations, calendar,
 * status, resources); dated progress updates gathered in reporting cycles (submit, return or approve, publish);
 * and the governing-body reports generated from them as page, Word document and PDF.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plans")
package org.labourhub.plans;
