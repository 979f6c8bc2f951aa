package org.labourhub.plans;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How plans are kept ({@code labourhub.plans.*}).
 *
 * @param fourEyesApproval whoever wrote a progress update cannot approve it: a second person of the secretariat does
 */
@ConfigurationProperties("labourhub.plans")
record PlansSettings(@DefaultValue("true") boolean fourEyesApproval) {

    boolean mayApprove(String reviewer, ProgressUpdate update) {
        return !fourEyesApproval || !reviewer.equals(update.submittedBy());
    }
}
