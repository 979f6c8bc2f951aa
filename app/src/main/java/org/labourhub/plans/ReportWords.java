package org.labourhub.plans;

import org.springframework.context.MessageSource;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/** The words of a generated report in the reader's language: headings from the bundles, dates, bullet lists. */
final class ReportWords {

    static final String BULLET = "• ";
    static final String NONE = "—";

    private final MessageSource messages;
    final Locale locale;

    ReportWords(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    String get(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    String status(ActivityStatus status) {
        return status == null ? "" : get("plans.status." + status);
    }

    /** One bulleted line per item; a blank item shows as a dash so that the lines of neighbouring cells stay aligned. */
    static String bullets(List<String> items) {
        if (items.size() == 1) {
            return blankAsNone(items.get(0));
        }
        return items.stream().map(i -> BULLET + blankAsNone(i)).collect(Collectors.joining("\n"));
    }

    static String lines(String... parts) {
        return java.util.Arrays.stream(parts).filter(Objects::nonNull).filter(p -> !p.isBlank())
                .collect(Collectors.joining("\n"));
    }

    private static String blankAsNone(String text) {
        return text == null || text.isBlank() ? NONE : text;
    }
}
