package org.labourhub.projects;

import org.labourhub.platform.i18n.MultilingualTextJson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads whole projects back, a batch of ids at a time (one query per part), for pages and exports. */
@Component
public class ProjectReader {

    private final JdbcTemplate jdbc;

    ProjectReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Project> one(long id) {
        return Optional.ofNullable(many(List.of(id)).get(id));
    }

    /** The projects with these ids, in the order given. */
    public Map<Long, Project> many(List<Long> ids) {
        Object wanted = ids.toArray(Long[]::new);
        var parts = new HashMap<Long, Parts>();
        ids.forEach(id -> parts.put(id, new Parts()));
        jdbc.query("select project_id, ref from projects.other_identifier where project_id = any(?) order by ref",
                rs -> { parts.get(rs.getLong(1)).identifiers.add(rs.getString(2)); }, wanted);
        jdbc.query("select project_id, role, ref, name, type, organisation_id from projects.participant where project_id = any(?) order by ctid",
                rs -> { parts.get(rs.getLong(1)).participants.add(new Project.Participant(ParticipantRole.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getString(5), (Long) rs.getObject(6))); }, wanted);
        jdbc.query("select project_id, iso2, percentage from projects.recipient_country where project_id = any(?) and not on_transactions order by ctid",
                rs -> { parts.get(rs.getLong(1)).countries.add(new Project.CountryShare(rs.getString(2), rs.getBigDecimal(3))); }, wanted);
        jdbc.query("select project_id, code, vocabulary, percentage, name::text from projects.recipient_region where project_id = any(?) order by ctid",
                rs -> { parts.get(rs.getLong(1)).regions.add(new Project.RegionShare(rs.getString(2), rs.getString(3), rs.getBigDecimal(4), MultilingualTextJson.read(rs.getString(5)))); }, wanted);
        jdbc.query("select project_id, code, vocabulary, vocabulary_uri, percentage from projects.sector where project_id = any(?) order by ctid",
                rs -> { parts.get(rs.getLong(1)).sectors.add(new Project.SectorShare(rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getBigDecimal(5))); }, wanted);
        jdbc.query("select project_id, ref, name::text, administrative::text, latitude, longitude from projects.location where project_id = any(?) order by position",
                rs -> { parts.get(rs.getLong(1)).locations.add(new Project.Location(rs.getString(2),
                        MultilingualTextJson.read(rs.getString(3)), ProjectsJson.administrative(rs.getString(4)),
                        (Double) rs.getObject(5), (Double) rs.getObject(6))); }, wanted);
        jdbc.query("select project_id, theme from projects.theme where project_id = any(?)",
                rs -> { parts.get(rs.getLong(1)).themes.add(Theme.valueOf(rs.getString(2))); }, wanted);
        jdbc.query("select project_id, target from projects.sdg_target where project_id = any(?) order by target",
                rs -> { parts.get(rs.getLong(1)).sdgs.add(rs.getString(2)); }, wanted);
        jdbc.query("select project_id, type, period_start, period_end, amount, currency, value_date from projects.budget where project_id = any(?) order by period_start, type",
                rs -> { parts.get(rs.getLong(1)).budgets.add(new Project.Budget(BudgetType.valueOf(rs.getString(2)),
                        date(rs, 3), date(rs, 4), money(rs, 5))); }, wanted);
        jdbc.query("""
                select project_id, type, date, amount, currency, value_date, description, recipient_country, recipient_region,
                       recipient_region_vocabulary
                from projects.transaction where project_id = any(?) order by date, ctid""",
                rs -> { parts.get(rs.getLong(1)).transactions.add(new Project.Transaction(TransactionType.valueOf(rs.getString(2)),
                        date(rs, 3), money(rs, 4), rs.getString(7), rs.getString(8),
                        rs.getString(9) == null ? null : new Project.RegionCode(rs.getString(9), rs.getString(10)))); }, wanted);
        jdbc.query("select project_id, url, format, title::text, category, note::text from projects.document where project_id = any(?) order by ctid",
                rs -> { parts.get(rs.getLong(1)).documents.add(new Project.DocumentLink(rs.getString(2), rs.getString(3),
                        MultilingualTextJson.read(rs.getString(4)), rs.getString(5), MultilingualTextJson.read(rs.getString(6)))); }, wanted);
        new ResultReader(jdbc).read(wanted, (id, result) -> parts.get(id).results.add(result));
        var projects = new LinkedHashMap<Long, Project>();
        jdbc.query("""
                select id, iati_identifier, reporting_org_ref, reporting_org_name, title::text, description::text, status,
                       planned_start, actual_start, planned_end, actual_end, modality, default_currency, reporting_org_type
                from projects.project where id = any(?)""",
                rs -> { projects.put(rs.getLong(1), project(rs, parts.get(rs.getLong(1)))); }, wanted);
        var ordered = new LinkedHashMap<Long, Project>();
        ids.stream().filter(projects::containsKey).forEach(id -> ordered.put(id, projects.get(id)));
        return ordered;
    }

    /** When a project last changed, and the IATI activity it was imported from, if it was. */
    public record Published(java.time.OffsetDateTime updatedAt, KeptActivity kept) {
    }

    /** What an IATI export needs beyond the projects themselves, by id. */
    public Map<Long, Published> published(List<Long> ids) {
        var published = new HashMap<Long, Published>();
        jdbc.query("""
                select p.id, p.updated_at, r.activity_xml, r.schema_valid, r.last_updated
                from projects.project p left join projects.iati_record r on r.project_id = p.id
                where p.id = any(?)""",
                rs -> { published.put(rs.getLong(1), new Published(rs.getObject(2, java.time.OffsetDateTime.class),
                        rs.getString(3) == null ? null
                                : new KeptActivity(rs.getString(3), rs.getBoolean(4), rs.getString(5)))); },
                (Object) ids.toArray(Long[]::new));
        return published;
    }

    private static Project project(ResultSet rs, Parts p) throws SQLException {
        String modality = rs.getString(12);
        return new Project(rs.getString(2), p.identifiers, rs.getString(3), rs.getString(4), rs.getString(14),
                MultilingualTextJson.read(rs.getString(5)), MultilingualTextJson.read(rs.getString(6)),
                status(rs.getString(7)),
                new Project.Dates(date(rs, 8), date(rs, 9), date(rs, 10), date(rs, 11)),
                modality == null ? null : Modality.valueOf(modality), rs.getString(13), p.participants, p.countries,
                p.regions, p.locations, p.sectors, p.themes, p.sdgs, p.budgets, p.transactions, p.documents, p.results);
    }

    public static ActivityStatus status(String name) {
        return name == null ? null : ActivityStatus.valueOf(name);
    }

    public static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Money money(ResultSet rs, int column) throws SQLException {
        BigDecimal amount = rs.getBigDecimal(column);
        return new Money(amount, rs.getString(column + 1), date(rs, column + 2));
    }

    private static final class Parts {
        final List<String> identifiers = new ArrayList<>();
        final List<Project.Participant> participants = new ArrayList<>();
        final List<Project.CountryShare> countries = new ArrayList<>();
        final List<Project.RegionShare> regions = new ArrayList<>();
        final List<Project.SectorShare> sectors = new ArrayList<>();
        final List<Project.Location> locations = new ArrayList<>();
        final EnumSet<Theme> themes = EnumSet.noneOf(Theme.class);
        final List<String> sdgs = new ArrayList<>();
        final List<Project.Budget> budgets = new ArrayList<>();
        final List<Project.Transaction> transactions = new ArrayList<>();
        final List<Project.DocumentLink> documents = new ArrayList<>();
        final List<Project.Result> results = new ArrayList<>();
    }
}
