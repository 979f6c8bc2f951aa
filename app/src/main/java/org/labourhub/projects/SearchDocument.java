package org.labourhub.projects;

/**
 * What search reads of a project: a tsvector with titles (weight A) and descriptions (weight B) each stemmed in
 * its own language with accents folded, identifiers and organisation names (weight C) unstemmed. Typos are forgiven
 * through the vocabulary of {@link SearchWords}, not here.
 */
final class SearchDocument {

    private static final String LANGUAGE_PARTS = """
            setweight(to_tsvector('projects.%1$s', coalesce(p.title->>'%1$s', '')), 'A')
            || setweight(to_tsvector('projects.%1$s', coalesce(p.description->>'%1$s', '')), 'B')""";

    /** The search_document of a row {@code p} (title, description, iati_identifier) given its organisation names. */
    static String document(String names) {
        return """
                %s || %s || %s || %s
                    || setweight(to_tsvector('simple', public.unaccent(coalesce(p.iati_identifier, '') || ' '
                        || coalesce(%s, ''))), 'C')""".formatted(LANGUAGE_PARTS.formatted("es"), LANGUAGE_PARTS.formatted("en"),
                LANGUAGE_PARTS.formatted("fr"), LANGUAGE_PARTS.formatted("pt"), names);
    }

    static final String REFRESH = """
            update projects.project p set search_document = %s
            where p.id = any(?)""".formatted(
            document("(select string_agg(name, ' ') from projects.participant pa where pa.project_id = p.id)"));

    private SearchDocument() {
    }
}
