/**
 * Model runs: the form that starts one (files, mappings, definition in words, boundaries, options), the checks that
 * refuse a run before it starts, and the background job that gives the engine its own process and memory, follows
 * its stages for the progress bar and writes its results in one transaction — or, when it fails or is killed, says
 * why and publishes nothing.
 */
package org.labourhub.riskmaps.runs;
