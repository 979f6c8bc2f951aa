package org.labourhub.platform.web;

/**
 * One record a form or filter lets the reader choose: the value sent (an id or code, never shown) and the label the
 * reader sees (its name in the reader's language). Options of selects, suggestions of type-aheads and the values a
 * type-ahead already holds are all choices.
 */
public record Choice(String value, String label) {

    /** The label of a named record: its name, with its acronym after it where it has one ("Name (ACR)"). */
    public static String named(String name, String acronym) {
        return acronym == null || acronym.isBlank() || acronym.equals(name) ? name : name + " (" + acronym + ")";
    }
}
