package org.labourhub.platform.training;

import org.labourhub.platform.DemoMode;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether the fictional training data set is offered: {@code labourhub.training-data} (LABOURHUB_TRAINING_DATA),
 * on by default in demo mode and off otherwise, so that a production database never receives invented figures
 * unless someone asks for them.
 */
@Component
public class TrainingMode {

    private final boolean on;

    TrainingMode(Environment environment, DemoMode demo) {
        String explicit = environment.getProperty("labourhub.training-data");
        this.on = explicit != null && !explicit.isBlank() ? Boolean.parseBoolean(explicit) : demo.isOn();
    }

    public boolean isOn() {
        return on;
    }
}
