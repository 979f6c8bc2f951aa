package org.labourhub.plans;

/** A progress update's way through review: submitted, returned with comments, or approved (then locked and published). */
public enum UpdateState {
    SUBMITTED, RETURNED, APPROVED
}
