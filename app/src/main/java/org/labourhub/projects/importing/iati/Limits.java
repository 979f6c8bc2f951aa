package org.labourhub.projects.importing.iati;

/**
 * LabourHub's limits on what an activity holds, checked (and named in the message) before anything is written, so
 * that the database's own checks never speak to a reader. They match the columns of the projects schema.
 */
final class Limits {

    static final int IDENTIFIER = 200;
    static final int REF = 200;
    static final int ORGANISATION_NAME = 2000;
    static final int TYPE = 10;
    static final int CODE = 80;
    static final int URL = 1000;
    static final int FORMAT = 100;
    static final int TRANSACTION_DESCRIPTION = 4000;
    static final int INDICATOR_VALUE = 200;
    static final int DATE_TIME = 40;

    private Limits() {
    }
}
