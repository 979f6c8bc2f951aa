/**
 * The risk maps' demo: the first-level administrative units of Latin America and the Caribbean as boundaries, and
 * for pilot countries of the Regional Initiative a synthetic survey and census (made by the engine's generator on
 * the countries' real units, labelled synthetic everywhere) run once on the first start, with the facts the Lima
 * 2018 focal points meeting gives about the pilots as notes.
 */
package org.labourhub.riskmaps.demo;
