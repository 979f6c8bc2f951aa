/**
 * The risk maps' demo: the first-level administrative units of Latin America and the Caribbean (Natural Earth
 * admin-1) as boundaries, and for pilot countries of the Regional Initiative a synthetic survey and census (made by
 * the engine's generator on the countries' real units, labelled synthetic everywhere) run once on the first start.
 */
package org.labourhub.riskmaps.demo;
