package org.labourhub.riskmaps;

/**
 * What a yes/no covariate says about a child, for the lines every fiche shows: the share of children in rural areas,
 * indigenous, migrant, and attending school (the fiche shows its complement, out of school).
 */
public enum ProfileTag {
    RURAL, INDIGENOUS, MIGRANT, ATTENDS_SCHOOL
}
