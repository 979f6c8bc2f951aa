package org.labourhub.plans;

enum PlanStatus {
    DRAFT, ACTIVE, CLOSED
}
