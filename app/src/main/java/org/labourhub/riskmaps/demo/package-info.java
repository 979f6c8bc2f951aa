/**
 * The risk maps' demo: the first-level administrative units of Latin America and the Caribbean as boundaries, and
 * for pilot countries of the Regional Initiative a synthetic survey and census (made by the engine's generator on
 * the countries' real units, labelled synthetic everywhere) run once on the first start, with the facts the Lima
 * 2018 focal points meeting gives about the pilots as notes.
 * Demo data of the risk maps, apart from production code: on the first start in demo mode, the first-level
 * administrative units of Latin America and the Caribbean (Natural Earth admin-1) as one boundary set per country.
 */
package org.labourhub.riskmaps.demo;
