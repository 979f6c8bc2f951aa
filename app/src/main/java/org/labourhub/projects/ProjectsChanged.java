package org.labourhub.projects;

/**
 * The registry changed: projects were written (an import, an entry, a merge, the training data), or what its figures
 * rest on (exchange rates, donor reports). Published inside the writing transaction; what keeps results or figures
 * forgets them once that transaction has ended: each floor that keeps a cache listens for it.
 */
public record ProjectsChanged() {
}
