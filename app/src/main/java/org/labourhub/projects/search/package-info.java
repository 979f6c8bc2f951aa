/**
 * Finding projects: the list with its facets and query parameters, word and title-trigram matching, recent searches
 * and warm-up, suggestions while typing, and the projects sections this module adds to the directory's country profile
 * and organisation page. Kept results are forgotten when the registry changes.
 */
package org.labourhub.projects.search;
