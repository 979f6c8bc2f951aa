package org.labourhub.directory;

import java.util.Locale;

/** A section another module adds to an organisation's page (e.g. the projects it takes part in). */
public interface OrganisationSection extends ProfileSection {

    /** What the section shows for the organisation, in the reader's language; handed to its fragment as {@code content}. */
    Object content(long organisationId, Locale locale);
}
