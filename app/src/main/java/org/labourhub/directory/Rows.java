package org.labourhub.directory;

import org.labourhub.platform.i18n.MultilingualText;
import org.labourhub.platform.i18n.MultilingualTextJson;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Reading the directory's column types (multilingual jsonb, text arrays, nullable ids) from result sets. */
final class Rows {

    private Rows() {
    }

    static MultilingualText text(ResultSet rs, String column) throws SQLException {
        return MultilingualTextJson.read(rs.getString(column));
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    /** Orders by a text as the reader of this language expects (accents and case as in a dictionary). */
    static <T> Comparator<T> byText(Locale locale, Function<T, MultilingualText> text) {
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.PRIMARY);
        return Comparator.comparing(t -> text.apply(t).in(locale), collator);
    }
}
