package org.labourhub.directory;

import org.labourhub.platform.i18n.MultilingualText;

import java.util.List;

/**
 * A person in the directory, known first by position; name and contact details are optional.
 *
 * @param languages ISO 639-1 codes of the languages the person works in
 */
record Person(Long id, String name, MultilingualText position, Long organisationId, String countryIso2,
              List<String> languages, String email, String phone, int version) {

    Person {
        languages = List.copyOf(languages);
    }

    Person withId(long newId) {
        return new Person(newId, name, position, organisationId, countryIso2, languages, email, phone, version);
    }

    Person nextVersion() {
        return new Person(id, name, position, organisationId, countryIso2, languages, email, phone, version + 1);
    }
}
