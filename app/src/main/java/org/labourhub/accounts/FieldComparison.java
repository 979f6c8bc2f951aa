package org.labourhub.accounts;

import org.labourhub.platform.i18n.Formats;
import org.labourhub.platform.i18n.Language;
import org.labourhub.platform.i18n.MultilingualText;
import org.springframework.context.MessageSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Two states of a record compared field by field for one reader: each field that differs, labelled in the reader's
 * language, with its old and new value written for them (dates, numbers, yes/no, texts in the reader's language
 * with the others folded, a module's own words for its codes and references).
 */
final class FieldComparison {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern PERIOD = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})?/(\\d{4}-\\d{2}-\\d{2})?");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");

    private final MessageSource messages;
    private final AuditedKinds kinds;
    private final Locale locale;
    private final Formats formats;
    /** What the modules said of a value, kept for the page: the same country or organisation recurs from entry to entry. */
    private final Map<List<Object>, java.util.Optional<String>> described = new java.util.HashMap<>();

    FieldComparison(MessageSource messages, AuditedKinds kinds, Locale locale) {
        this.messages = messages;
        this.kinds = kinds;
        this.locale = Language.of(locale).locale();
        this.formats = Formats.of(locale, messages);
    }

    /** One field that differs: its label, and its value before and after. */
    record Row(String field, String label, ShownValue before, ShownValue after) {
    }

    /** The fields that differ between two states of a record of this type, in the order the record gives them. */
    List<Row> rows(String type, RecordState before, RecordState after) {
        var fields = new LinkedHashSet<String>(before.fields().keySet());
        fields.addAll(after.fields().keySet());
        List<Row> rows = new ArrayList<>();
        for (String field : fields) {
            Object old = before.fields().get(field);
            Object now = after.fields().get(field);
            if (!Objects.equals(old, now)) {
                rows.add(new Row(field, label(type, field), shown(type, field, old), shown(type, field, now)));
            }
        }
        return rows;
    }

    /** The labels of the fields that differ, for a short summary of a change. */
    List<String> labels(String type, RecordState before, RecordState after) {
        return rows(type, before, after).stream().map(Row::label).toList();
    }

    /** A field's label: one the module builds, else the record type's own, else the module's, else the field's name made readable. */
    String label(String type, String field) {
        var own = kinds.label(type, field, locale);
        if (own.isPresent()) {
            return own.get();
        }
        String module = kinds.module(type);
        String last = field.substring(field.lastIndexOf('.') + 1);
        for (String code : List.of("audit.field." + type + "." + field, "audit.field." + module + "." + field,
                "audit.field." + type + "." + last, "audit.field." + module + "." + last)) {
            String label = messages.getMessage(code, null, null, locale);
            if (label != null) {
                return label;
            }
        }
        return humanised(last);
    }

    ShownValue shown(String type, String field, Object value) {
        if (value == null) {
            return ShownValue.NONE;
        }
        if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                return ShownValue.NONE;
            }
            List<String> items = list.stream().map(item -> text(type, field, item)).toList();
            return new ShownValue("", items, List.of(), false);
        }
        if (value instanceof MultilingualText text && describe(type, field, value).isEmpty()) {
            Language shown = text.shownIn(locale);
            List<ShownValue.Translation> others = text.translations().entrySet().stream()
                    .filter(e -> e.getKey() != shown)
                    .map(e -> new ShownValue.Translation(e.getKey().code(), message("language." + e.getKey().code()), e.getValue()))
                    .toList();
            return new ShownValue(text.in(locale), List.of(), others, false);
        }
        return ShownValue.of(text(type, field, value));
    }

    /** One value (or list item) as a line of text. */
    private String text(String type, String field, Object value) {
        var words = describe(type, field, value);
        if (words.isPresent()) {
            return words.get();
        }
        if (value == null) {
            return message("audit.value.empty");
        }
        if (value instanceof MultilingualText text) {
            return text.in(locale);
        }
        if (value instanceof Boolean yes) {
            return message(yes ? "audit.value.yes" : "audit.value.no");
        }
        if (value instanceof Number number) {
            return isYear(field) ? number.toString() : formats.number(number instanceof BigDecimal d ? d : number);
        }
        if (value instanceof Map<?, ?> map) {
            var parts = new StringJoiner(" · ");
            map.forEach((k, v) -> parts.add(label(type, field + "." + k) + ": " + text(type, field + "." + k, v)));
            return parts.toString();
        }
        if (value instanceof List<?> list) {
            var parts = new StringJoiner(", ");
            list.forEach(item -> parts.add(text(type, field, item)));
            return parts.toString();
        }
        return string(String.valueOf(value));
    }

    private java.util.Optional<String> describe(String type, String field, Object value) {
        String last = field.substring(field.lastIndexOf('.') + 1);
        return described.computeIfAbsent(java.util.Arrays.asList(type, last, value), k -> kinds.describe(type, field, value, locale));
    }

    /** A string: a date, a period or a moment written for the reader; anything else as it is. */
    private String string(String s) {
        try {
            if (DATE.matcher(s).matches()) {
                return formats.date(LocalDate.parse(s));
            }
            var period = PERIOD.matcher(s);
            if (period.matches()) {
                return formats.period(period.group(1) == null ? null : LocalDate.parse(period.group(1)),
                        period.group(2) == null ? null : LocalDate.parse(period.group(2)));
            }
            if (DATE_TIME.matcher(s).matches()) {
                return formats.dateTime(OffsetDateTime.parse(s));
            }
        } catch (DateTimeParseException notADate) {
            return s;
        }
        return s;
    }

    private static boolean isYear(String field) {
        String last = field.substring(field.lastIndexOf('.') + 1);
        return last.equals("year") || last.endsWith("Year") || last.equals("since");
    }

    /** "baselineYear" as "Baseline year": only for a field no bundle names yet. */
    static String humanised(String field) {
        String words = field.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').replace('-', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? field : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, locale);
    }
}
