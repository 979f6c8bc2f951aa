package org.labourhub.projects.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Expenditure ÷ budget over a period, in US dollars; undefined when there is no budget. */
public record DeliveryRate(BigDecimal budget, BigDecimal expenditure) {

    public DeliveryRate {
        budget = budget == null ? BigDecimal.ZERO : budget;
        expenditure = expenditure == null ? BigDecimal.ZERO : expenditure;
    }

    public boolean isDefined() {
        return budget.signum() > 0;
    }

    /** The rate in whole percent (may pass 100 when more was spent than budgeted), or null without a budget. */
    public Integer percent() {
        return isDefined() ? expenditure.multiply(BigDecimal.valueOf(100)).divide(budget, 0, RoundingMode.HALF_UP).intValue() : null;
    }

    public DeliveryRate plus(DeliveryRate other) {
        return new DeliveryRate(budget.add(other.budget), expenditure.add(other.expenditure));
    }
}
