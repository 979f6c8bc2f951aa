package org.labourhub.platform.reports;

import org.labourhub.platform.i18n.MultilingualText;
import org.springframework.context.MessageSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text of a cell, a paragraph or a list item, as runs that each know the language they are shown in. A run shown
 * in its original language because no translation exists carries a note ("not translated; original in French"),
 * which every format prints after it — the page, the Word document and the PDF alike.
 */
public record ReportText(List<Run> runs) {

    public static final ReportText EMPTY = new ReportText(List.of());

    /**
     * @param language the language code of the text; null when it is the reader's own (headings, dates, numbers)
     * @param note     the "not translated" note when the text is shown untranslated, else null
     */
    public record Run(String text, String language, String note) {
        public Run {
            text = text == null ? "" : text;
        }

        public boolean isUntranslated() {
            return note != null;
        }
    }

    public ReportText {
        runs = List.copyOf(runs);
    }

    /** Text in the reader's language: headings, dates, figures, names. */
    public static ReportText plain(String text) {
        return text == null || text.isEmpty() ? EMPTY : new ReportText(List.of(new Run(text, null, null)));
    }

    /** Text in a given language, with the note to print when that is a fallback to the original. */
    public static ReportText shown(String text, String language, String untranslatedNote) {
        return text == null || text.isBlank() ? EMPTY : new ReportText(List.of(new Run(text, language, untranslatedNote)));
    }

    /**
     * A person's multilingual text in the reader's language, or in its original with the "not translated" note
     * from the platform bundle.
     */
    public static ReportText of(MultilingualText text, Locale locale, MessageSource messages) {
        if (text == null) {
            return EMPTY;
        }
        String note = text.isAvailableIn(locale) ? null : messages.getMessage("text.notTranslated",
                new Object[]{messages.getMessage("language." + text.original().code(), null, locale)}, locale);
        return shown(text.in(locale), text.shownIn(locale).code(), note);
    }

    /** The non-blank parts joined by the separator ("\n" for lines of a cell). */
    public static ReportText join(String separator, List<ReportText> parts) {
        var runs = new ArrayList<Run>();
        for (ReportText part : parts) {
            if (part == null || part.isBlank()) {
                continue;
            }
            if (!runs.isEmpty()) {
                runs.add(new Run(separator, null, null));
            }
            runs.addAll(part.runs);
        }
        return new ReportText(runs);
    }

    public ReportText then(ReportText next) {
        var all = new ArrayList<>(runs);
        all.addAll(next.runs);
        return new ReportText(all);
    }

    public boolean isBlank() {
        return runs.stream().allMatch(r -> r.text().isBlank());
    }

    /** The words with each note in brackets after its text. */
    @Override
    public String toString() {
        return String.join("", runs.stream().map(r -> r.isUntranslated() ? r.text() + " [" + r.note() + "]" : r.text()).toList());
    }
}
