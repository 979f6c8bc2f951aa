package org.labourhub.directory;

/**
 * A section that another module adds to a page of the directory, as a bean: the directory draws it without naming
 * the module. The section's template holds a fragment {@code section(content)} that draws the content handed to it.
 */
public interface ProfileSection {

    /** Where the section stands and how it is drawn. */
    Placement placement();

    /**
     * @param order    its place among the added sections, smaller first
     * @param anchor   the id of the section's element, which the page's table of contents links to
     * @param titleKey the message key of its title in the page's table of contents
     * @param template the template holding the fragment {@code section(content)}, e.g. {@code projects/country-section}
     */
    record Placement(int order, String anchor, String titleKey, String template) {
    }
}
