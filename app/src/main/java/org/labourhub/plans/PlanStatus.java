package org.labourhub.plans;

public enum PlanStatus {
    DRAFT, ACTIVE, CLOSED
}
