/**
 * The directory's demo data: on the first start in demo mode, the countries, organisations, networks, focal points
 * and experts that the source documents name, loaded from {@code demo/directory/} into the empty directory.
 */
package org.labourhub.directory.demo;
