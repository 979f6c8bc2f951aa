package org.labourhub.risk.config;

/** Whether modelled territory counts are scaled to the survey's direct estimate, nationally or per region. */
public enum Benchmarking { NONE, NATIONAL, REGION }
