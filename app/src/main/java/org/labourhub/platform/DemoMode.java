package org.labourhub.platform;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether this installation shows the seeds' demo data and demo accounts. Set by {@code labourhub.demo}
 * (LABOURHUB_DEMO); when unset it is on with the embedded database and off with an external one, so that a
 * production database never receives demo content by accident.
 */
@Component
public class DemoMode {

    private final boolean on;

    DemoMode(Environment environment) {
        String explicit = environment.getProperty("labourhub.demo");
        String externalUrl = environment.getProperty("labourhub.database.url");
        this.on = explicit != null && !explicit.isBlank()
                ? Boolean.parseBoolean(explicit)
                : externalUrl == null || externalUrl.isBlank();
    }

    public boolean isOn() {
        return on;
    }
}
