package org.labourhub.directory;

/**
 * Published when an organisation is added or its acronym or names change, inside the transaction that does it, so
 * that other modules can link what names it (a project's participants) in the same transaction.
 */
public record OrganisationNamed(long id) {
}
