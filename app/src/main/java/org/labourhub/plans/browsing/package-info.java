/**
 * Reading plans: the list of plans, one plan's tree with its indicators and activities, its timeline, and the same
 * as JSON under {@code /api/plans}.
 */
package org.labourhub.plans.browsing;
