package org.labourhub.plans;

import org.labourhub.platform.i18n.MultilingualText;

import java.time.LocalDate;
import java.util.Locale;

/**
 * When an activity happens: as the source writes it ("continu", "d'ici à septembre 2000") and, when known, as
 * dates for the timeline. An end before the start is refused.
 */
record Calendar(MultilingualText text, CalendarKind kind, LocalDate start, LocalDate end) {

    Calendar {
        kind = kind == null ? CalendarKind.TEXT : kind;
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("The calendar ends (" + end + ") before it starts (" + start + ")");
        }
    }

    /** The calendar in the reader's language: the source's words, else the dates. */
    public String in(Locale locale) {
        if (text != null) {
            return text.in(locale);
        }
        if (start != null && end != null) {
            return start + " – " + end;
        }
        return start != null ? start.toString() : end != null ? end.toString() : "";
    }
}
