/**
 * A project's own page: what the registry says of it, its delivery, its flags, the source records behind it with
 * their original values in words, and its IATI download.
 */
package org.labourhub.projects.browsing;
