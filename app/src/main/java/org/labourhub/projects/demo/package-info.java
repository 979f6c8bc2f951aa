/**
 * Records that are not production data: the real demo projects loaded in demo mode with their documents, and the
 * fictional training portfolio loaded and removed with the training data set.
 */
package org.labourhub.projects.demo;
