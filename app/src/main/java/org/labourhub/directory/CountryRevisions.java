package org.labourhub.directory;

import org.labourhub.platform.i18n.MultilingualTextJson;
import org.labourhub.platform.web.ConcurrentEdit;
import org.labourhub.platform.web.RecordNotFound;
import org.labourhub.platform.workflow.PublicationState;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Focal points' changes of their country profiles; at most one pending (not yet published) per country. */
@Repository
class CountryRevisions {

    private static final String SELECT = """
            select id, country_iso2, summary::text as summary, labour_ministry_id, state, based_on, written_by, submitted_at,
                   reviewed_by, reviewed_at, review_comment, version
            from directory.country_revision\s""";

    private final JdbcClient jdbc;

    CountryRevisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CountryRevision byId(long id) {
        return jdbc.sql(SELECT + "where id = ?").param(id).query(CountryRevisions::revision).optional()
                .orElseThrow(() -> new RecordNotFound("country profile change", id));
    }

    /** The country's change being written or waiting for validation, if any. */
    Optional<CountryRevision> pending(String iso2) {
        return jdbc.sql(SELECT + "where country_iso2 = ? and state <> 'PUBLISHED'").param(iso2)
                .query(CountryRevisions::revision).optional();
    }

    /** The changes the secretariat has to validate, the longest waiting first. */
    List<CountryRevision> awaitingValidation() {
        return jdbc.sql(SELECT + "where state in ('SUBMITTED', 'VALIDATED') order by submitted_at, id")
                .query(CountryRevisions::revision).list();
    }

    /** Adds a change; refused if the country got a pending one meanwhile (one at a time). */
    long add(CountryRevision r) {
        try {
            return jdbc.sql("""
                            insert into directory.country_revision (country_iso2, summary, labour_ministry_id, state, based_on,
                                written_by)
                            values (?, cast(? as jsonb), ?, ?, ?, ?) returning id""")
                    .params(r.iso2(), MultilingualTextJson.write(r.summary()), r.labourMinistryId(), r.state().name(),
                            r.basedOn(), r.writtenBy())
                    .query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw new ConcurrentEdit("country profile change", r.iso2());
        }
    }

    /** Saves a change read at {@code r.version()}; refused if it moved on since. */
    void save(CountryRevision r) {
        int rows = jdbc.sql("""
                        update directory.country_revision set summary = cast(? as jsonb), labour_ministry_id = ?, state = ?,
                            written_by = ?, submitted_at = ?,
                            reviewed_by = ?, reviewed_at = ?, review_comment = ?, version = version + 1
                        where id = ? and version = ?""")
                .params(MultilingualTextJson.write(r.summary()), r.labourMinistryId(), r.state().name(), r.writtenBy(),
                        r.submittedAt(), r.reviewedBy(), r.reviewedAt(), r.reviewComment(), r.id(), r.version())
                .update();
        if (rows == 0) {
            throw new ConcurrentEdit("country profile change", r.id());
        }
    }

    private static CountryRevision revision(ResultSet rs, int n) throws SQLException {
        return new CountryRevision(rs.getLong("id"), rs.getString("country_iso2"), Rows.text(rs, "summary"),
                Rows.nullableLong(rs, "labour_ministry_id"), PublicationState.valueOf(rs.getString("state")),
                rs.getInt("based_on"), rs.getString("written_by"), rs.getObject("submitted_at", OffsetDateTime.class),
                rs.getString("reviewed_by"), rs.getObject("reviewed_at", OffsetDateTime.class),
                rs.getString("review_comment"), rs.getInt("version"));
    }
}
