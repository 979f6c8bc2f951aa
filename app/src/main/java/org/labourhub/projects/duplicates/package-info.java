/**
 * Duplicate review: candidate pairs scored over the whole registry, the review page, the merge preview with each
 * field's sources and conflicts, merges recorded so that they can be undone, and pairs declared distinct.
 */
package org.labourhub.projects.duplicates;
