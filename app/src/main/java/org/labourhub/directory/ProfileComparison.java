package org.labourhub.directory;

import org.labourhub.platform.i18n.Language;
import org.labourhub.platform.i18n.MultilingualText;
import org.springframework.context.MessageSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * A focal point's change beside the published profile, field by field, labelled in the reader's language: the
 * summary in each language either of them has, the language it was written in, and the ministry of labour.
 */
record ProfileComparison(List<Row> rows) {

    /**
     * One field: its label, the published and the proposed value as the reader sees them, and the language of the
     * text (null when the values are not text of one language).
     */
    record Row(String label, String published, String proposed, String lang) {
        public boolean changed() {
            return !Objects.equals(published, proposed);
        }
    }

    boolean hasChanges() {
        return rows.stream().anyMatch(Row::changed);
    }

    static ProfileComparison of(CountryProfile published, CountryRevision proposed, Function<Long, String> organisationName,
                                MessageSource messages, Locale locale) {
        var rows = new ArrayList<Row>();
        MultilingualText before = published.summary();
        MultilingualText after = proposed.summary();
        for (Language language : Language.values()) {
            String was = before == null ? null : before.translation(language);
            String is = after == null ? null : after.translation(language);
            if (was != null || is != null) {
                rows.add(new Row(messages.getMessage("directory.revision.summaryIn",
                        new Object[]{messages.getMessage("language." + language.code(), null, locale)}, locale),
                        orNone(was, messages, locale), orNone(is, messages, locale), language.code()));
            }
        }
        rows.add(new Row(messages.getMessage("field.original", null, locale), language(before, messages, locale),
                language(after, messages, locale), null));
        rows.add(new Row(messages.getMessage("directory.country.labourMinistry", null, locale),
                orNone(name(published.labourMinistryId(), organisationName), messages, locale),
                orNone(name(proposed.labourMinistryId(), organisationName), messages, locale), null));
        return new ProfileComparison(List.copyOf(rows));
    }

    private static String name(Long id, Function<Long, String> organisationName) {
        return id == null ? null : organisationName.apply(id);
    }

    private static String language(MultilingualText text, MessageSource messages, Locale locale) {
        return text == null ? messages.getMessage("directory.none", null, locale)
                : messages.getMessage("language." + text.original().code(), null, locale);
    }

    private static String orNone(String value, MessageSource messages, Locale locale) {
        return value == null || value.isBlank() ? messages.getMessage("directory.none", null, locale) : value;
    }
}
