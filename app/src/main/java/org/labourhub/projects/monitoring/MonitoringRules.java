package org.labourhub.projects.monitoring;

/**
 * The thresholds of the bottleneck rules, kept by the secretariat: delivery below this percentage over the
 * completed years; no expenditure for so many months; no progress report for so many months; ended for more than
 * so many days without being closed.
 */
public record MonitoringRules(int lowDeliveryPercent, int noExpenditureMonths, int progressReportMonths,
                              int endedNotClosedGraceDays, int version) {

    public MonitoringRules {
        check(lowDeliveryPercent, 0, 100, "low delivery percentage");
        check(noExpenditureMonths, 1, 60, "months without expenditure");
        check(progressReportMonths, 1, 60, "months between progress reports");
        check(endedNotClosedGraceDays, 0, 730, "days of grace after the end");
    }

    private static void check(int value, int min, int max, String what) {
        if (value < min || value > max) {
            throw new IllegalArgumentException("The " + what + " must lie between " + min + " and " + max + ": " + value);
        }
    }
}
