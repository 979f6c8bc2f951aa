package org.labourhub.platform;

/** The three parts of tripartite labour governance a focal point speaks for. */
public enum Constituency {
    GOVERNMENT, EMPLOYERS, WORKERS
}
