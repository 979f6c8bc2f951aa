/**
 * Demo and training data, apart from production code: the demo plans loaded from {@code demo/plans/} on the first
 * start in demo mode, and the fictional training plan with its cycles and updates.
 */
package org.labourhub.plans.demo;
