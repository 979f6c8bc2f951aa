package org.labourhub.directory;

/** A line of the country list: the country with how many organisations and focal points it has. */
record CountryRow(Country country, long organisations, long focalPoints) {
}
