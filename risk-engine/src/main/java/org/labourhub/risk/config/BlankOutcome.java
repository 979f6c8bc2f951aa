package org.labourhub.risk.config;

/**
 * What to do with a survey child whose labour fields (hours, flags or the ready-made outcome) are blank: REFUSE
 * stops the run naming the first blank and the count; REPORT leaves such children out of the fit and the direct
 * estimates and counts them in the results. A blank is never read as "not in child labour".
 */
public enum BlankOutcome { REFUSE, REPORT }
