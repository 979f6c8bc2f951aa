package org.labourhub.projects.browsing;

import org.labourhub.directory.Directory;
import org.labourhub.directory.OrganisationRef;
import org.labourhub.platform.i18n.Formats;
import org.labourhub.platform.i18n.Language;
import org.labourhub.projects.ActivityStatus;
import org.labourhub.projects.ProjectsJson;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The values a source gave for a record, as a reader reads them rather than as JSON: field names from the bundles
 * where LabourHub knows the field (a spreadsheet's own column headings otherwise), dates, numbers, countries,
 * organisations and codes in the reader's language, nested records as nested lists. Notes about how the demo
 * records were put together are left out.
 */
@Component
class RawValues {

    /** One field: a value, or the records it holds (each a list of fields). */
    record Field(String label, String value, List<List<Field>> items) {
    }

    private static final Set<String> LEFT_OUT = Set.of("key", "facts", "seeds", "note");
    private static final Set<String> LANGUAGE_KEYS = Set.of("es", "en", "fr", "pt", "original");
    /** Fields whose value is a code LabourHub names: the field, and the message prefix naming each value. */
    private static final Map<String, String> CODED = Map.of("status", "projects.status.", "modality", "projects.modality.",
            "themes", "projects.theme.", "role", "projects.role.", "source", "projects.source.",
            "startKind", "projects.raw.kind.", "endKind", "projects.raw.kind.");
    private static final String NUMBER_WRITTEN = "-?\\d+(\\.\\d+)?";

    private final MessageSource messages;
    private final Directory directory;

    RawValues(MessageSource messages, Directory directory) {
        this.messages = messages;
        this.directory = directory;
    }

    /** The fields of a raw record stored as JSON text; none for a record without values. */
    List<Field> of(String json, Locale locale) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        return fields(ProjectsJson.JSON.readTree(json), new Reading(locale, Formats.of(locale, messages)));
    }

    private record Reading(Locale locale, Formats formats) {
    }

    private List<Field> fields(JsonNode record, Reading reading) {
        var fields = new ArrayList<Field>();
        for (var entry : record.properties()) {
            String name = entry.getKey();
            JsonNode value = entry.getValue();
            if (LEFT_OUT.contains(name) || isEmpty(value)) {
                continue;
            }
            String label = messages.getMessage("projects.raw." + name, null, name, reading.locale());
            if (value.isObject() && !isMultilingual(value)) {
                fields.add(new Field(label, null, List.of(fields(value, reading))));
            } else if (value.isArray() && hasRecords(value)) {
                var items = new ArrayList<List<Field>>();
                value.forEach(item -> items.add(item.isObject() && !isMultilingual(item) ? fields(item, reading)
                        : List.of(new Field("", scalar(name, item, reading), List.of()))));
                fields.add(new Field(label, null, items));
            } else if (value.isArray()) {
                var values = new ArrayList<String>();
                value.forEach(item -> values.add(scalar(name, item, reading)));
                fields.add(new Field(label, String.join(", ", values), List.of()));
            } else {
                fields.add(new Field(label, scalar(name, value, reading), List.of()));
            }
        }
        return fields;
    }

    private String scalar(String field, JsonNode value, Reading reading) {
        Formats formats = reading.formats();
        if (value.isObject()) {
            return multilingual(value, reading.locale());
        }
        if (value.isBoolean()) {
            return message(value.asBoolean() ? "form.yes" : "form.no", reading.locale());
        }
        if (value.isNumber()) {
            return field.toLowerCase(Locale.ROOT).contains("year") ? value.asString() : formats.number(value.decimalValue());
        }
        String text = value.asString();
        if (field.equals("percentage") && text.matches(NUMBER_WRITTEN)) {
            return formats.percent(new java.math.BigDecimal(text));
        }
        if (CODED.containsKey(field)) {
            return messages.getMessage(CODED.get(field) + text, null, text, reading.locale());
        }
        return switch (field) {
            case "org" -> directory.organisation(text).map(o -> organisation(o, reading.locale())).orElse(text);
            case "code" -> country(text, reading.locale());
            case "recipient-country" -> countryShare(text, reading);
            case "activity-date" -> activityDate(text, reading);
            case "activity-status" -> ActivityStatus.ofCode(text)
                    .map(s -> text + " (" + message("projects.status." + s, reading.locale()) + ")").orElse(text);
            default -> written(text, formats);
        };
    }

    /** A date, a month or a moment written in ISO form, the way the reader writes it; any other text as it is. */
    private static String written(String text, Formats formats) {
        try {
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return formats.date(LocalDate.parse(text));
            }
            if (text.matches("\\d{4}-\\d{2}")) {
                return formats.month(YearMonth.parse(text));
            }
            if (text.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
                return formats.dateTime(OffsetDateTime.parse(text));
            }
        } catch (DateTimeParseException notADate) {
            return text;
        }
        return text;
    }

    /** IATI's "GT:50": the country and its share. */
    private String countryShare(String text, Reading reading) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            return country(text, reading.locale());
        }
        String share = text.substring(colon + 1);
        return country(text.substring(0, colon), reading.locale())
                + (share.matches(NUMBER_WRITTEN) ? " (" + reading.formats().percent(new java.math.BigDecimal(share)) + ")" : "");
    }

    /** IATI's "1:2020-01-01": which date (planned or actual start or end) and the date. */
    private String activityDate(String text, Reading reading) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            return written(text, reading.formats());
        }
        String type = text.substring(0, colon);
        String kind = messages.getMessage("projects.raw.activity-date." + type, null, type, reading.locale());
        return kind + ": " + written(text.substring(colon + 1), reading.formats());
    }

    private String country(String iso2, Locale locale) {
        return directory.country(iso2).map(c -> c.name().in(locale)).orElse(iso2);
    }

    private static String organisation(OrganisationRef organisation, Locale locale) {
        return organisation.label(locale);
    }

    private static String multilingual(JsonNode text, Locale locale) {
        String language = Language.of(locale).code();
        if (text.hasNonNull(language)) {
            return text.get(language).asString();
        }
        String original = text.path("original").asString("");
        if (!original.isEmpty() && text.hasNonNull(original)) {
            return text.get(original).asString();
        }
        for (var entry : text.properties()) {
            if (!entry.getKey().equals("original") && !entry.getValue().isNull()) {
                return entry.getValue().asString();
            }
        }
        return "";
    }

    private static boolean isMultilingual(JsonNode value) {
        if (value.isEmpty()) {
            return false;
        }
        for (var entry : value.properties()) {
            if (!LANGUAGE_KEYS.contains(entry.getKey()) || entry.getValue().isContainer()) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasRecords(JsonNode array) {
        for (JsonNode item : array) {
            if (item.isObject() && !isMultilingual(item)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isEmpty(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode()
                || (value.isContainer() && value.isEmpty()) || (value.isString() && value.asString().isBlank());
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
