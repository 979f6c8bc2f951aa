/**
 * Indicators of a plan: the indicator's page with its chart, and the secretariat's adding and editing of indicators
 * and of their targets and values by period (with disaggregation).
 */
package org.labourhub.plans.indicators;
