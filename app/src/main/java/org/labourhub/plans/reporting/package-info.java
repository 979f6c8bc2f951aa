/**
 * Progress reporting: the activity's page where its reporters submit updates, the reporting cycles the secretariat
 * opens, follows, reminds and closes, the review of submitted updates (approve, return, reopen), the reporters'
 * "my assignments" and the banner of owed reports, and who reports for which organisation.
 */
package org.labourhub.plans.reporting;
