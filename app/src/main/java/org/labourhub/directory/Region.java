package org.labourhub.directory;

/** The part of the world a country belongs to; the Americas in the four groups their ministries use. */
public enum Region {
    NORTH_AMERICA, CENTRAL_AMERICA, CARIBBEAN, SOUTH_AMERICA, EUROPE, AFRICA, ASIA, OCEANIA
}
