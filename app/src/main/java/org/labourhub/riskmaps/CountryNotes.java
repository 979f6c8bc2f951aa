package org.labourhub.riskmaps;

import org.labourhub.platform.i18n.MultilingualText;
import org.labourhub.platform.i18n.MultilingualTextJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/** What a source document reports about a country's use of the risk model, shown beside the country's maps. */
@Component
public class CountryNotes {

    /** One note and the document it comes from. */
    public record CountryNote(String country, MultilingualText text, MultilingualText source) {
    }

    private final JdbcClient jdbc;

    CountryNotes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A country's notes, in their order. */
    public List<CountryNote> of(String country) {
        return jdbc.sql("select country, text::text, source::text from riskmaps.country_note where country = ? order by position, id")
                .param(country).query((rs, n) -> new CountryNote(rs.getString(1), MultilingualTextJson.read(rs.getString(2)),
                        MultilingualTextJson.read(rs.getString(3)))).list();
    }

    /** Every country's notes, countries in code order. */
    public List<CountryNote> all() {
        return jdbc.sql("select country, text::text, source::text from riskmaps.country_note order by country, position, id")
                .query((rs, n) -> new CountryNote(rs.getString(1), MultilingualTextJson.read(rs.getString(2)),
                        MultilingualTextJson.read(rs.getString(3)))).list();
    }
}
