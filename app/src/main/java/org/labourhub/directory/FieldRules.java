package org.labourhub.directory;

import org.labourhub.platform.i18n.TranslatedField;
import org.springframework.validation.Errors;

import java.time.Year;

/**
 * The checks the directory's forms share. Each one puts a message code from the bundles on the field, so the
 * reader sees what is wrong next to the input, in their language.
 */
final class FieldRules {

    static final int NAME_LENGTH = 300;
    static final int TEXT_LENGTH = 4000;

    private FieldRules() {
    }

    static void translated(Errors errors, String field, TranslatedField value, int max, boolean required) {
        if (value.isEmpty()) {
            if (required) {
                errors.rejectValue(field, "validation.required");
            }
        } else if (value.isTooLong(max)) {
            errors.rejectValue(field, "validation.tooLong", new Object[]{max}, null);
        } else if (!value.isComplete()) {
            errors.rejectValue(field, "validation.originalMissing");
        }
    }

    static void text(Errors errors, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.rejectValue(field, "validation.tooLong", new Object[]{max}, null);
        }
    }

    static void webAddress(Errors errors, String field, String value) {
        if (!isBlank(value) && !WebAddress.isValid(value.strip())) {
            errors.rejectValue(field, "validation.url");
        }
    }

    static void email(Errors errors, String field, String value) {
        if (!isBlank(value) && !EmailAddress.isValid(value.strip())) {
            errors.rejectValue(field, "validation.email");
        }
    }

    static void country(Errors errors, String field, String iso2, Countries countries, boolean required) {
        if (isBlank(iso2)) {
            if (required) {
                errors.rejectValue(field, "validation.required");
            }
        } else if (!countries.exists(iso2.strip())) {
            errors.rejectValue(field, "validation.unknownCountry", new Object[]{iso2.strip()}, null);
        }
    }

    /** A year from 1900 to next year, or blank. */
    static Integer year(Errors errors, String field, String value) {
        if (isBlank(value)) {
            return null;
        }
        int last = Year.now().getValue() + 1;
        try {
            int year = Integer.parseInt(value.strip());
            if (year >= 1900 && year <= last) {
                return year;
            }
        } catch (NumberFormatException notANumber) {
            // reported below like any other year out of range
        }
        errors.rejectValue(field, "validation.year", new Object[]{"1900", String.valueOf(last)}, null);
        return null;
    }

    static <E extends Enum<E>> E choice(Errors errors, String field, String value, Class<E> type, boolean required) {
        if (isBlank(value)) {
            if (required) {
                errors.rejectValue(field, "validation.required");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException unknown) {
            errors.rejectValue(field, "validation.choice");
            return null;
        }
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** The value stripped, or null when blank: how optional text is stored. */
    static String orNull(String value) {
        return isBlank(value) ? null : value.strip();
    }
}
