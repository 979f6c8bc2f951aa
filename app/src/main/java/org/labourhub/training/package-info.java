/**
 * The fictional training data set that demo mode offers beside the real demo records, in the way some platforms ship
 * a fictional demo database: loaded on the first start, counted, removed and loaded again from one administration
 * page. Each module writes and marks its own fictional records through {@link
 * org.labourhub.platform.training.TrainingData}; this module only coordinates them and records what was done.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Training data",
        allowedDependencies = {"accounts", "platform"})
package org.labourhub.training;
