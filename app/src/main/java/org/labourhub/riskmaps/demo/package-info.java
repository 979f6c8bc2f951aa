/**
 * Demo data of the risk maps, apart from production code: on the first start in demo mode, the first-level
 * administrative units of Latin America and the Caribbean (Natural Earth admin-1) as one boundary set per country.
 */
package org.labourhub.riskmaps.demo;
