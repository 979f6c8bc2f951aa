package org.labourhub.projects.search;

import org.labourhub.directory.OrganisationSection;
import org.labourhub.platform.i18n.MultilingualTextJson;
import org.labourhub.projects.ParticipantLinks;
import org.labourhub.projects.ParticipantRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The organisation page's projects section: the published projects the organisation takes part in as the
 * directory's organisation (see {@link ParticipantLinks}), with its roles, latest start first, drawn by
 * {@code projects/organisation-section}.
 */
@Component
class OrganisationProjects implements OrganisationSection {

    static final int SHOWN = 50;

    private final JdbcClient jdbc;

    OrganisationProjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A project, the organisation's roles in it, and whether it is fictional training data. */
    public record Row(long id, String title, List<ParticipantRole> roles, boolean training) {
    }

    /** The first {@link #SHOWN} projects and how many there are in all. */
    public record Listing(List<Row> rows, long total) {
        /** Whether some of the rows are fictional training data (the section then says so). */
        public boolean includesTraining() {
            return rows.stream().anyMatch(Row::training);
        }
    }

    @Override
    public Placement placement() {
        return new Placement(10, "projects", "projects.organisation.title", "projects/organisation-section");
    }

    @Override
    public Listing content(long organisationId, Locale locale) {
        List<Row> rows = jdbc.sql("""
                select p.id, p.title::text, array_agg(distinct pa.role order by pa.role) as roles, p.training
                from projects.participant pa join projects.project p on p.id = pa.project_id
                where pa.organisation_id = ? and p.merged_into is null and p.entry_state = 'PUBLISHED'
                group by p.id
                order by max(coalesce(p.actual_start, p.planned_start)) desc nulls last, p.id desc
                limit ?""")
                .params(organisationId, SHOWN)
                .query((rs, n) -> new Row(rs.getLong(1), MultilingualTextJson.read(rs.getString(2)).in(locale),
                        Arrays.stream((String[]) rs.getArray(3).getArray()).map(ParticipantRole::valueOf).toList(),
                        rs.getBoolean(4)))
                .list();
        long total = rows.size() < SHOWN ? rows.size() : jdbc.sql("""
                select count(distinct p.id)
                from projects.participant pa join projects.project p on p.id = pa.project_id
                where pa.organisation_id = ? and p.merged_into is null and p.entry_state = 'PUBLISHED'""")
                .param(organisationId).query(Long.class).single();
        return new Listing(rows, total);
    }
}
