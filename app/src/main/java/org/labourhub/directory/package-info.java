/**
 * The directory every other module refers to: countries and their profiles, organisations (ministries, employers'
 * and workers' organisations, international organisations, donors, civil society, academia), people and focal
 * points, networks and their members, and the roster of experts. Other modules use {@link
 * org.labourhub.directory.Directory} to look up countries and organisations and to show the directory's figures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory",
        allowedDependencies = {"accounts", "platform"})
package org.labourhub.directory;
