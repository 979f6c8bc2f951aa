package org.labourhub.directory;

/** What kind of body an organisation is; the tripartite constituents are ministries, employers and workers. */
public enum OrganisationType {
    MINISTRY_OF_LABOUR, OTHER_MINISTRY, EMPLOYERS, WORKERS, INTERNATIONAL, DONOR_AGENCY, CIVIL_SOCIETY, ACADEMIA
}
