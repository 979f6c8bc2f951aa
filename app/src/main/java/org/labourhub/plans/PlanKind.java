package org.labourhub.plans;

/** What sort of plan: the seeds hold each of these. */
public enum PlanKind {
    STRATEGIC_PLAN, OPERATIONAL_PLAN, WORK_PLAN, PLAN_OF_ACTION, IMPLEMENTATION_PLAN, RECOMMENDATIONS
}
