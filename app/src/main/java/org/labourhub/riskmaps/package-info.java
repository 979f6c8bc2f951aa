/**
 * Child-labour risk maps: the web face of the {@code risk-engine} library. Analysts and a country's government focal
 * point upload survey microdata and census or register data, map the files' variables to the model's roles, save
 * the country's definition of child labour, and run the model as a background job in a separate process; the
 * results (harmonisation, model report, SDG 8.7.1 direct estimates, territory table, map, fiches) are shown in the
 * four languages, shared with the country's three constituencies and published by the secretariat; boundary files
 * draw the territories, and the projects and plan activities working in each territory show where high risk meets
 * no intervention.
 * <p>
 * Here sits the core the rest builds on: datasets, runs and their territories as records and stores, who may do
 * what, and the audit trail's view of the module. Each activity has its sub-package, which uses the core and never
 * the other way round: {@code boundaries}, {@code datasets} (with the file formats), {@code definitions},
 * {@code runs}, {@code results}, {@code index} (the vulnerability index), {@code validation} (a run against a direct
 * measurement), {@code coverage}, {@code api} and {@code demo}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Risk maps",
        allowedDependencies = {"projects", "plans", "directory", "accounts", "platform"})
package org.labourhub.riskmaps;
