/**
 * Donor progress reports: a project's delivery, bottlenecks and results in the form a donor asks for, as a page and
 * as a document.
 */
package org.labourhub.projects.donorreports;
