package org.labourhub.directory;

/** The part of the world a country belongs to, as the seeds group the Americas. */
public enum Region {
    NORTH_AMERICA, CENTRAL_AMERICA, CARIBBEAN, SOUTH_AMERICA, EUROPE, OTHER
}
