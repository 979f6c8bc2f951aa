package org.labourhub.directory;

/**
 * A section that another module adds to a page of the directory, as a bean: the directory draws it without naming
 * the module. The section's template holds a fragment {@code section(content)} that draws the content handed to it.
 */
public interface ProfileSection {

    /** Its place among the added sections, smaller first. */
    int order();

    /** The id of the section's element, which the page's table of contents links to. */
    String anchor();

    /** The message key of its title in the page's table of contents. */
    String titleKey();

    /** The template holding the fragment {@code section(content)}, e.g. {@code projects/country-section}. */
    String template();
}
