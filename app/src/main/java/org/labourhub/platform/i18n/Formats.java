package org.labourhub.platform.i18n;

import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.NumberFormatter.UnitWidth;
import com.ibm.icu.number.Precision;
import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.DateInterval;
import com.ibm.icu.util.ULocale;
import org.springframework.context.MessageSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.Temporal;
import java.util.Locale;

/**
 * Dates, periods, numbers and money written the way a reader of one language expects: "31 de agosto de 2000",
 * "1.234.567 USD", a year as "2018", never "2.018". ISO forms belong to machine formats only (IATI, JSON, CSV
 * values). Absent values give an empty string, and a period says in words which end is missing.
 * In templates this is {@code #fmt}, bound to the page's language.
 */
public final class Formats {

    private static final ZoneId READERS_ZONE = ZoneId.systemDefault();

    private final Locale locale;
    private final MessageSource messages;

    private Formats(Locale locale, MessageSource messages) {
        this.locale = Language.of(locale).locale();
        this.messages = messages;
    }

    public static Formats of(Locale locale, MessageSource messages) {
        return new Formats(locale, messages);
    }

    public Locale locale() {
        return locale;
    }

    /** A calendar date in the long form: "31 de agosto de 2000", "August 31, 2000". */
    public String date(Temporal day) {
        LocalDate date = toLocalDate(day);
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    /** A short date for tables: "31/08/2000", "8/31/00"-style per language, with four-digit years. */
    public String shortDate(Temporal day) {
        LocalDate date = toLocalDate(day);
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** A month of a year: "noviembre de 2006", "November 2006". */
    public String month(YearMonth month) {
        if (month == null) {
            return "";
        }
        var format = com.ibm.icu.text.DateFormat.getInstanceForSkeleton("yMMMM", ULocale.forLocale(locale));
        format.setTimeZone(com.ibm.icu.util.TimeZone.GMT_ZONE);
        return format.format(new java.util.Date(epochMillis(month.atDay(1))));
    }

    /** A moment, in the server's time zone: "7 dic 2026, 15:51". */
    public String dateTime(Temporal moment) {
        ZonedDateTime zoned = toZoned(moment);
        return zoned == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).format(zoned);
    }

    /** From one day to another, each end optional: "31 de agosto – 5 de septiembre de 2000", "Desde el …". */
    public String period(Temporal start, Temporal end) {
        LocalDate from = toLocalDate(start);
        LocalDate to = toLocalDate(end);
        if (from != null && to != null) {
            var interval = DateIntervalFormat.getInstance("yMMMMd", ULocale.forLocale(locale));
            interval.setTimeZone(com.ibm.icu.util.TimeZone.GMT_ZONE);
            return interval.format(new DateInterval(epochMillis(from), epochMillis(to)));
        }
        if (from != null) {
            return message("platform.period.from", date(from));
        }
        if (to != null) {
            return message("platform.period.until", date(to));
        }
        return message("platform.period.none");
    }

    /** A span of years, "2018–2021", or one year when both are the same; digits never grouped. */
    public String years(Temporal start, Temporal end) {
        LocalDate from = toLocalDate(start);
        LocalDate to = toLocalDate(end);
        return years(from == null ? null : from.getYear(), to == null ? null : to.getYear());
    }

    public String years(Integer from, Integer to) {
        if (from == null && to == null) {
            return message("platform.period.none");
        }
        if (from == null || to == null || from.equals(to)) {
            return year(from == null ? to : from);
        }
        return from + "–" + to;
    }

    public String year(Integer year) {
        return year == null ? "" : Integer.toString(year);
    }

    /** A count or measure with the language's grouping and decimal marks, at most two decimals. */
    public String number(Number value) {
        return value == null ? "" : NumberFormatter.withLocale(locale).precision(Precision.maxFraction(2)).format(value).toString();
    }

    /**
     * A figure as a source wrote it: a plain number ("141407", "12.5") is written the reader's way, any other text
     * ("about 40", "sí") is kept as it is.
     */
    public String figure(String written) {
        if (written == null || written.isBlank()) {
            return "";
        }
        String text = written.strip();
        if (!text.matches("-?\\d{1,18}(\\.\\d{1,6})?")) {
            return text;
        }
        return NumberFormatter.withLocale(locale).precision(Precision.maxFraction(6)).format(new BigDecimal(text)).toString();
    }

    /** A number with exactly {@code digits} decimals. */
    public String decimal(Number value, int digits) {
        return value == null ? "" : NumberFormatter.withLocale(locale).precision(Precision.fixedFraction(digits)).format(value).toString();
    }

    /** A percentage given on a 0–100 scale: "45 %", "45%". */
    public String percent(Number value) {
        if (value == null) {
            return "";
        }
        return NumberFormatter.withLocale(locale).unit(com.ibm.icu.util.NoUnit.PERCENT)
                .precision(Precision.maxFraction(1)).format(value).toString();
    }

    /** An amount with its currency's ISO code, as finance officers read it: "1.234.567 USD", "USD 1,234,567.50". */
    public String money(Number amount, String currency) {
        if (amount == null) {
            return "";
        }
        boolean whole = new BigDecimal(amount.toString()).stripTrailingZeros().scale() <= 0;
        var format = NumberFormatter.withLocale(locale).precision(whole ? Precision.integer() : Precision.fixedFraction(2));
        if (currency == null || currency.isBlank()) {
            return format.format(amount).toString();
        }
        return format.unit(Currency.getInstance(currency)).unitWidth(UnitWidth.ISO_CODE).format(amount).toString();
    }

    /** A file's size for a progress bar: "2,3 MB", "850 kB". */
    public String fileSize(long bytes) {
        boolean mega = bytes >= 1_000_000;
        var unit = mega ? com.ibm.icu.util.MeasureUnit.MEGABYTE : com.ibm.icu.util.MeasureUnit.KILOBYTE;
        double amount = bytes / (mega ? 1_000_000.0 : 1_000.0);
        return NumberFormatter.withLocale(locale).unit(unit).precision(Precision.maxFraction(mega ? 1 : 0))
                .format(amount).toString();
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, locale);
    }

    private static LocalDate toLocalDate(Temporal value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        ZonedDateTime zoned = toZoned(value);
        return zoned == null ? LocalDate.from(value) : zoned.toLocalDate();
    }

    private static ZonedDateTime toZoned(Temporal value) {
        if (value instanceof Instant instant) {
            return instant.atZone(READERS_ZONE);
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(READERS_ZONE);
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(READERS_ZONE);
        }
        if (value instanceof LocalDateTime local) {
            return local.atZone(READERS_ZONE);
        }
        return value instanceof LocalDate date ? date.atStartOfDay(READERS_ZONE) : null;
    }

    private static long epochMillis(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
