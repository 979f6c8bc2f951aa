package org.labourhub.projects.monitoring;

import java.util.List;

/**
 * A project one of the monitoring rules flags, with the reason: the rule and the figures behind it (dates and
 * percentages already written for the reader, counts as numbers), shown through the message
 * {@code projects.bottleneck.<rule>}.
 */
public record Bottleneck(long projectId, String title, Rule rule, List<Object> reason) {

    public enum Rule { LOW_DELIVERY, ENDED_NOT_CLOSED, NO_EXPENDITURE, OVERDUE_REPORT }

    public String messageKey() {
        return "projects.bottleneck." + rule.name();
    }
}
