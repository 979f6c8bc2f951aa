package org.labourhub.plans.reports;

import org.labourhub.plans.ActivityStatus;
import org.labourhub.plans.Calendar;
import org.labourhub.platform.i18n.Formats;
import org.labourhub.platform.i18n.MultilingualText;
import org.labourhub.platform.reports.ReportText;
import org.springframework.context.MessageSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The words of a generated report in the reader's language: headings from the bundles, dates, numbers, bullet lists. */
final class ReportWords {

    static final String BULLET = "• ";
    static final String NONE = "—";

    private final MessageSource messages;
    final Locale locale;
    final Formats formats;

    ReportWords(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        this.formats = Formats.of(locale, messages);
    }

    String get(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    String date(LocalDate date) {
        return formats.date(date);
    }

    String status(ActivityStatus status) {
        return status == null ? "" : get("plans.status." + status);
    }

    /** A multilingual text in the reader's language, or in its original with the "not translated" note. */
    ReportText text(MultilingualText text) {
        return ReportText.of(text, locale, messages);
    }

    /** "1 a) Title", or the title alone when the source does not number it. */
    ReportText label(String number, MultilingualText title) {
        return number == null ? text(title) : ReportText.plain(number + " ").then(text(title));
    }

    /** An activity's calendar as the source writes it, else its dates. */
    ReportText calendar(Calendar calendar) {
        return calendar.text() != null ? text(calendar.text()) : ReportText.plain(calendar.in(formats));
    }

    /** One bulleted line per item; a blank item shows as a dash so that the lines of neighbouring cells stay aligned. */
    static ReportText bullets(List<ReportText> items) {
        if (items.size() == 1) {
            return blankAsNone(items.get(0));
        }
        return ReportText.join("\n", items.stream().map(i -> ReportText.plain(BULLET).then(blankAsNone(i))).toList());
    }

    static ReportText lines(ReportText... parts) {
        return ReportText.join("\n", Arrays.asList(parts));
    }

    private static ReportText blankAsNone(ReportText text) {
        return text == null || text.isBlank() ? ReportText.plain(NONE) : text;
    }
}
