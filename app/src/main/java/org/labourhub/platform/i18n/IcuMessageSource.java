package org.labourhub.platform.i18n;

import com.ibm.icu.text.MessageFormat;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The module bundles read with ICU's MessageFormat instead of the JDK's, so that a message can say
 * {@code {0, plural, one {# activity} other {# activities}}} and numbers in messages follow CLDR's rules for the
 * reader's language. Apostrophes stay doubled as with the JDK's format. A date or moment given as an argument is
 * written the reader's way ("20 de diciembre de 2026"), never in its ISO form.
 */
class IcuMessageSource extends ReloadableResourceBundleMessageSource {

    private final Map<Key, MessageFormat> formats = new ConcurrentHashMap<>();

    @Override
    protected String getMessageInternal(String code, Object[] args, Locale locale) {
        if (code == null) {
            return null;
        }
        Locale wanted = locale == null ? Locale.ENGLISH : locale;
        String pattern = resolveCodeWithoutArguments(code, wanted);
        return pattern == null ? null : format(pattern, resolveArguments(args, wanted), wanted);
    }

    @Override
    protected String renderDefaultMessage(String defaultMessage, Object[] args, Locale locale) {
        return format(defaultMessage, resolveArguments(args, locale), locale == null ? Locale.ENGLISH : locale);
    }

    String format(String pattern, Object[] args, Locale locale) {
        MessageFormat format = formats.computeIfAbsent(new Key(pattern, locale), k -> new MessageFormat(k.pattern(), k.locale()));
        Object[] written = readable(args, locale);
        synchronized (format) {
            return format.format(written);
        }
    }

    private Object[] readable(Object[] args, Locale locale) {
        if (args == null) {
            return new Object[0];
        }
        Object[] written = args;
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof LocalDate day) {
                written = written == args ? args.clone() : written;
                written[i] = Formats.of(locale, this).date(day);
            } else if (args[i] instanceof Instant || args[i] instanceof OffsetDateTime || args[i] instanceof ZonedDateTime
                    || args[i] instanceof LocalDateTime) {
                written = written == args ? args.clone() : written;
                written[i] = Formats.of(locale, this).dateTime((Temporal) args[i]);
            }
        }
        return written;
    }

    private record Key(String pattern, Locale locale) {
    }
}
