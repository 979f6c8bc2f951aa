package org.labourhub.accounts;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a module tells the audit trail about the records it audits, so that the trail can show them to a reader:
 * which module they belong to, where their page is, and a value in the reader's words where the module knows better
 * than a general rule (an enumeration's label, the name of another record referred to by its id). Each module that
 * writes to the trail has one bean of this type.
 *
 * <p>The words of the trail come from the module's bundle: {@code audit.type.<type>} names a kind of record,
 * {@code audit.field.<type>.<field>} (or {@code audit.field.<module>.<field>} for a field several kinds share) a field.
 */
public interface AuditedRecords {

    /** The module, as the trail's module filter names it: "directory", "plans"… */
    String module();

    /** The record types this module writes to the trail. */
    Set<String> types();

    /** The address of the record's page, or empty when it has none (or no longer exists). */
    default Optional<String> page(String type, String id) {
        return Optional.empty();
    }

    /** A field's label when the module builds it from its own words (a field named after a code), else empty. */
    default Optional<String> label(String type, String field, Locale locale) {
        return Optional.empty();
    }

    /** The record's name for the reader, when what the trail kept of it names nothing (a focal point, a country's profile). */
    default Optional<String> name(String type, String id, Locale locale) {
        return Optional.empty();
    }

    /**
     * A field's value as the reader should read it, or empty to let the trail format it (dates, numbers, texts in
     * several languages, yes/no). {@code value} is what was written: a string, number, boolean, list or map; for a
     * list, each item is asked for in turn. {@code type} is null when the trail asks about a field of another
     * module's record that the record's own module left to others (a country code, say).
     */
    default Optional<String> describe(String type, String field, Object value, Locale locale) {
        return Optional.empty();
    }
}
