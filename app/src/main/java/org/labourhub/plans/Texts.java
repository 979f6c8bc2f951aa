package org.labourhub.plans;

import org.labourhub.platform.i18n.MultilingualText;
import org.labourhub.platform.i18n.MultilingualTextJson;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;

/** Reading the module's columns: multilingual jsonb, dates and nullable enums. */
public final class Texts {

    private Texts() {
    }

    public static MultilingualText text(ResultSet rs, String column) throws SQLException {
        return MultilingualTextJson.read(rs.getString(column));
    }

    /** The text in the reader's language, or "" when there is none. */
    public static String in(MultilingualText text, Locale locale) {
        return text == null ? "" : text.in(locale);
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        var date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    public static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }
}
