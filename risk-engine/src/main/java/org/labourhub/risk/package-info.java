/**
 * The Child Labour Risk Identification Model as a plain Java library: no Spring, no I/O in the numeric kernels.
 */
package org.labourhub.risk;
