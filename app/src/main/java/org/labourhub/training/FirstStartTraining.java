package org.labourhub.training;

import org.labourhub.platform.training.TrainingMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start with training data on (by default, in demo mode), loads the fictional training data set after
 * the real demo data it refers to (directory, plans, projects). Once loaded, the set is never loaded again by a start:
 * a set the administration removed stays removed. When the records it refers to are missing (no demo directory),
 * nothing is loaded and the next start tries again.
 */
@Component
@Order(40)
class FirstStartTraining implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStartTraining.class);

    private final TrainingMode mode;
    private final TrainingDataSets sets;

    FirstStartTraining(TrainingMode mode, TrainingDataSets sets) {
        this.mode = mode;
        this.sets = sets;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.isOn() || sets.state().isPresent()) {
            return;
        }
        long start = System.nanoTime();
        try {
            if (sets.load("demo-data", false)) {
                log.info("Fictional training data loaded: {} in {} ms", sets.counts(), (System.nanoTime() - start) / 1_000_000);
            }
        } catch (RuntimeException missing) {
            log.warn("Fictional training data not loaded ({}); it needs the demo directory. The next start tries again.",
                    missing.getMessage());
        }
    }
}
