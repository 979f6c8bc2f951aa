/**
 * The public front of LabourHub: the home page that leads to every module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal",
        allowedDependencies = {"directory", "platform"})
package org.labourhub.portal;
