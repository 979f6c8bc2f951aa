/**
 * The governing-body reports generated from a plan as page, Word document and PDF: work plan, results,
 * recommendations and annex, with the words they share.
 */
package org.labourhub.plans.reports;
