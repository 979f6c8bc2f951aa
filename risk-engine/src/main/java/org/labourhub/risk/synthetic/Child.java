package org.labourhub.risk.synthetic;

/** A synthetic child and its true probability of being in child labour. */
record Child(int age, boolean male, boolean attendsSchool, double probability) {
}
