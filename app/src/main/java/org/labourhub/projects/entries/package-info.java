/**
 * Countries' own entries: a focal point records its country's cooperation activities as drafts and submits them; the
 * secretariat validates and publishes them or sends them back.
 */
package org.labourhub.projects.entries;
