/**
 * Countries' own entries: the form on which a country's focal point enters or changes a project of its own, and the
 * state of each entry.
 */
package org.labourhub.projects.entries;
