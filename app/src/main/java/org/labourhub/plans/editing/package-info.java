/**
 * The secretariat's editing of a plan: the plan's own form, its tree of elements, and the activities under them
 * (adding, changing, deleting while nothing published hangs under them). Indicators are edited in
 * {@code plans.indicators}.
 */
package org.labourhub.plans.editing;
