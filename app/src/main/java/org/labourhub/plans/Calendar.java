package org.labourhub.plans;

import org.labourhub.platform.i18n.Formats;
import org.labourhub.platform.i18n.MultilingualText;

import java.time.LocalDate;

/**
 * When an activity happens: as the source writes it ("continu", "d'ici à septembre 2000") and, when known, as
 * dates for the timeline. An end before the start is refused.
 */
public record Calendar(MultilingualText text, CalendarKind kind, LocalDate start, LocalDate end) {

    public Calendar {
        kind = kind == null ? CalendarKind.TEXT : kind;
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("The calendar ends (" + end + ") before it starts (" + start + ")");
        }
    }

    /** The calendar in the reader's language: the source's words, else the dates ("by 30 September 2000"). */
    public String in(Formats formats) {
        if (text != null) {
            return text.in(formats.locale());
        }
        if (start == null && end == null) {
            return "";
        }
        return start != null && end != null && start.equals(end) ? formats.date(start) : formats.period(start, end);
    }
}
