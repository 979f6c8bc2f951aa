package org.labourhub.projects.search;

import java.util.List;

/** One facet of the project list: its name and its values with how many matching projects carry each. */
public record Facet(String name, List<Value> values) {

    /** A value of a facet; {@code label} is the text to show when the value is not a code with its own message. */
    public record Value(String value, String label, long count) {
    }
}
