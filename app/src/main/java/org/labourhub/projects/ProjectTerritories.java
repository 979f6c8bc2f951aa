package org.labourhub.projects;

import org.labourhub.accounts.Actor;
import org.labourhub.platform.TerritoryCode;
import org.labourhub.platform.i18n.MultilingualText;
import org.labourhub.platform.i18n.MultilingualTextJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The sub-national territories projects work in, as their IATI locations name them (each administrative area's
 * code, whatever its vocabulary), asked for a whole country at once: for the risk maps, which set them beside the
 * territories at highest risk. A project counts for a country when the country is among its recipients or one of
 * its territory codes begins with the country's code.
 */
@Component
public class ProjectTerritories {

    /**
     * The IATI vocabulary LabourHub writes territories of a country's entry or a spreadsheet under. IATI's
     * GeographicVocabulary has no code for ISO 3166-2 subdivisions; A4 is ISO 3166 (alpha-2 for a country), and an
     * ISO 3166-2 code extends it, so the subdivision is written under A4 at level 1.
     */
    public static final String VOCABULARY = "A4";
    public static final int LEVEL = 1;

    private final JdbcClient jdbc;
    private final ProjectsPolicy policy;

    ProjectTerritories(JdbcClient jdbc, ProjectsPolicy policy) {
        this.jdbc = jdbc;
        this.policy = policy;
    }

    /**
     * A project and the territory codes it names, in the order its locations give them.
     *
     * @param training  part of the fictional training data, which pages that show it say
     * @param published false for a country's entry not yet published (only its country's focal points see it)
     */
    public record WorkingProject(long id, String identifier, MultilingualText title, boolean training,
                                 boolean published, List<String> territories) {

        public WorkingProject {
            territories = List.copyOf(territories);
        }
    }

    /** The published projects of the country that name at least one territory: what anyone may see. */
    public List<WorkingProject> published(String country) {
        return working(country, false);
    }

    /** The same, with the country's entries not yet published when the actor may read them. */
    public List<WorkingProject> visibleTo(Actor actor, String country) {
        return working(country, policy.mayReadUnpublished(actor, country));
    }

    /** A location for each territory, as a country's entry or a spreadsheet row names them. */
    public static List<Project.Location> locations(List<TerritoryCode> codes) {
        return codes.stream().map(c -> new Project.Location(null, null,
                List.of(new Project.Administrative(VOCABULARY, LEVEL, c.value())), null, null)).toList();
    }

    /** The territory codes of a project's locations written under LabourHub's vocabulary, for its forms. */
    public static List<TerritoryCode> named(Project project) {
        var codes = new ArrayList<TerritoryCode>();
        project.locations().forEach(l -> l.administrative().stream()
                .filter(a -> VOCABULARY.equals(a.vocabulary()) && Integer.valueOf(LEVEL).equals(a.level()))
                .forEach(a -> TerritoryCode.of(a.code()).ifPresent(codes::add)));
        return codes;
    }

    private List<WorkingProject> working(String country, boolean unpublished) {
        var projects = new LinkedHashMap<Long, Row>();
        jdbc.sql("""
                        select p.id, p.iati_identifier, p.title::text, p.training, p.entry_state = 'PUBLISHED',
                               a.code
                        from projects.project p
                        join projects.location l on l.project_id = p.id
                        cross join lateral jsonb_array_elements(l.administrative) with ordinality as e(area, n)
                        cross join lateral (select e.area ->> 'code' as code) a
                        where p.merged_into is null and a.code is not null
                          and (p.entry_state = 'PUBLISHED' or (? and p.entered_for = ?))
                          and (a.code like ? || '-%' or exists (select 1 from projects.recipient_country c
                                                               where c.project_id = p.id and c.iso2 = ?))
                        order by p.id, l.position, e.n""")
                .params(unpublished, country, country, country)
                .query(rs -> {
                    Row row = projects.get(rs.getLong(1));
                    if (row == null) {
                        row = new Row(rs.getLong(1), rs.getString(2), MultilingualTextJson.read(rs.getString(3)),
                                rs.getBoolean(4), rs.getBoolean(5));
                        projects.put(row.id, row);
                    }
                    if (!row.codes.contains(rs.getString(6))) {
                        row.codes.add(rs.getString(6));
                    }
                });
        return projects.values().stream().map(r -> new WorkingProject(r.id, r.identifier, r.title, r.training,
                r.published, r.codes)).toList();
    }

    private static final class Row {
        final long id;
        final String identifier;
        final MultilingualText title;
        final boolean training;
        final boolean published;
        final List<String> codes = new ArrayList<>();

        Row(long id, String identifier, MultilingualText title, boolean training, boolean published) {
            this.id = id;
            this.identifier = identifier;
            this.title = title;
            this.training = training;
            this.published = published;
        }
    }
}
