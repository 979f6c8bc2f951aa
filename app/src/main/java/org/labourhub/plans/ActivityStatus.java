package org.labourhub.plans;

/** Where an activity stands, as the responsible organisation last reported it. */
public enum ActivityStatus {
    PLANNED, ONGOING, COMPLETED, DELAYED, POSTPONED, CANCELLED, CONTINUOUS
}
