/**
 * Delivery monitoring: the dashboard's figures over the whole registry, each project's delivery, bottlenecks found by
 * the secretariat's rules and their export, and the exchange rates that convert totals. Kept figures are forgotten
 * when the registry changes.
 */
package org.labourhub.projects.monitoring;
