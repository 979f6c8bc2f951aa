package org.labourhub.projects.entries;

import org.springframework.context.ApplicationEventPublisher;
import org.labourhub.accounts.Actor;
import org.labourhub.accounts.AuditTrail;
import org.labourhub.platform.TerritoryCode;
import org.labourhub.platform.i18n.TranslatedField;
import org.labourhub.platform.web.ConcurrentEdit;
import org.labourhub.platform.web.NumberInput;
import org.labourhub.platform.web.RecordNotFound;
import org.labourhub.projects.ActivityStatus;
import org.labourhub.projects.BudgetType;
import org.labourhub.projects.EntryState;
import org.labourhub.projects.Incoming;
import org.labourhub.projects.Modality;
import org.labourhub.projects.Money;
import org.labourhub.projects.ParticipantRole;
import org.labourhub.projects.Project;
import org.labourhub.projects.ProjectReader;
import org.labourhub.projects.ProjectSnapshot;
import org.labourhub.projects.ProjectStore;
import org.labourhub.projects.ProjectTerritories;
import org.labourhub.projects.ProjectsAudit;
import org.labourhub.projects.ProjectsChanged;
import org.labourhub.projects.ProjectsPolicy;
import org.labourhub.projects.ProvenanceRecord;
import org.labourhub.projects.Source;
import org.labourhub.projects.Theme;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Countries' own entries: a focal point records its country's national cooperation activities as drafts and
 * submits them; the secretariat validates and publishes them (or sends them back). Every write is decided by
 * {@link ProjectsPolicy}, checked against the version the editor saw, and audited.
 */
@Component
class CountryEntries {

    private final JdbcClient jdbc;
    private final ProjectStore store;
    private final ProjectReader reader;
    private final AuditTrail audit;
    private final ProjectsPolicy policy;
    private final ApplicationEventPublisher events;

    CountryEntries(JdbcClient jdbc, ProjectStore store, ProjectReader reader, AuditTrail audit, ProjectsPolicy policy, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.store = store;
        this.reader = reader;
        this.audit = audit;
        this.policy = policy;
        this.events = events;
    }

    /** An entry as its list shows it. */
    record Row(long id, String title, String enteredFor, EntryState entryState, OffsetDateTime updatedAt) {
    }

    private static final String ROW = """
            select id, title::text as title, entered_for, entry_state, updated_at from projects.project
            where entered_for is not null and merged_into is null\s""";

    List<Row> visibleTo(Actor actor) {
        return jdbc.sql(ROW + """
                and (? or entered_for = ?)
                order by case entry_state when 'SUBMITTED' then 0 when 'VALIDATED' then 1 when 'DRAFT' then 2 else 3 end,
                         updated_at desc""").params(actor.maintainsEverything(), actor.countryCode()).query(CountryEntries::toRow).list();
    }

    Row row(long id) {
        return jdbc.sql(ROW + "and id = ?").param(id).query(CountryEntries::toRow).optional()
                .orElseThrow(() -> new RecordNotFound("entry", id));
    }

    private static Row toRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getLong(1), org.labourhub.platform.i18n.MultilingualTextJson.read(rs.getString(2)).toString(),
                rs.getString(3), EntryState.valueOf(rs.getString(4)), rs.getObject(5, OffsetDateTime.class));
    }

    @Transactional
    long create(EntryForm form) {
        Actor actor = Actor.current();
        ProjectsPolicy.require(policy.mayEnterFor(actor, form.getCountry()), "entry for " + form.getCountry());
        String key = "entry-" + UUID.randomUUID();
        long id = store.save(List.of(new Incoming(project(form, "XM-LABOURHUB-" + form.getCountry() + "-" + key.substring(6, 14)),
                provenance(key, form)))).get(0);
        jdbc.sql("update projects.project set entry_state = 'DRAFT', entered_for = ? where id = ?").params(form.getCountry(), id).update();
        var entered = new java.util.LinkedHashMap<>(ProjectSnapshot.of(reader.one(id).orElseThrow()));
        entered.put("country", form.getCountry());
        entered.put("state", EntryState.DRAFT.name());
        audit.created(ProjectsAudit.PROJECT, id, entered);
        return id;
    }

    @Transactional
    void update(long id, EntryForm form) {
        Row row = row(id);
        ProjectsPolicy.require(policy.mayEdit(Actor.current(), row.enteredFor(), row.entryState()), "entry " + id);
        lockAt(id, form.getVersion());
        Project before = reader.one(id).orElseThrow();
        form.setCountry(row.enteredFor());
        String key = jdbc.sql("select source_key from projects.provenance where project_id = ? and source = 'COUNTRY'")
                .param(id).query(String.class).single();
        store.save(List.of(new Incoming(project(form, before.iatiIdentifier()), provenance(key, form))));
        audit.updated(ProjectsAudit.PROJECT, id, ProjectSnapshot.of(before), ProjectSnapshot.of(reader.one(id).orElseThrow()));
        events.publishEvent(new ProjectsChanged());
    }

    @Transactional
    void move(long id, EntryState to, int version) {
        Row row = row(id);
        ProjectsPolicy.require(policy.mayMove(Actor.current(), row.enteredFor(), row.entryState(), to), "entry " + id + " to " + to);
        lockAt(id, version);
        jdbc.sql("update projects.project set entry_state = ?, version = version + 1, updated_at = now() where id = ?")
                .params(to.name(), id).update();
        audit.updated("projects.project", id, Map.of("state", row.entryState()), Map.of("state", to));
        events.publishEvent(new ProjectsChanged());
    }

    int version(long id) {
        return jdbc.sql("select version from projects.project where id = ?").param(id).query(Integer.class).single();
    }

    EntryForm form(long id) {
        Project p = reader.one(id).orElseThrow(() -> new RecordNotFound("entry", id));
        var form = new EntryForm();
        form.setCountry(row(id).enteredFor());
        form.setTitle(TranslatedField.of(p.title()));
        form.setDescription(TranslatedField.of(p.description()));
        form.setStatus(p.status() == null ? "" : p.status().name());
        form.setPlannedStart(p.dates().plannedStart() == null ? "" : p.dates().plannedStart().toString());
        form.setPlannedEnd(p.dates().plannedEnd() == null ? "" : p.dates().plannedEnd().toString());
        p.themes().forEach(t -> form.getThemes().add(t.name()));
        form.setModality(p.modality() == null ? "" : p.modality().name());
        p.participants().stream().filter(o -> o.role() == ParticipantRole.FUNDING).findFirst().ifPresent(o -> form.setFunder(o.name()));
        p.budgets().stream().findFirst().ifPresent(b -> {
            form.setBudget(b.value().amount().toPlainString());
            form.setCurrency(b.value().currency());
        });
        form.setTerritories(new TerritoryCode.Typed(ProjectTerritories.named(p), List.of()).text());
        form.setVersion(version(id));
        return form;
    }

    private void lockAt(long id, int version) {
        int current = jdbc.sql("select version from projects.project where id = ? for update").param(id).query(Integer.class).single();
        if (current != version) {
            throw new ConcurrentEdit("entry", id);
        }
    }

    private static Project project(EntryForm f, String identifier) {
        var themes = EnumSet.noneOf(Theme.class);
        f.getThemes().forEach(t -> Arrays.stream(Theme.values()).filter(x -> x.name().equals(t)).forEach(themes::add));
        var participants = f.getFunder().isBlank() ? List.<Project.Participant>of()
                : List.of(new Project.Participant(ParticipantRole.FUNDING, null, f.getFunder(), null, null));
        var budgets = f.getBudget().isBlank() ? List.<Project.Budget>of()
                : List.of(new Project.Budget(BudgetType.ORIGINAL, f.start(), f.end(),
                new Money(NumberInput.number(f.getBudget()), f.getCurrency(), f.start())));
        return new Project(identifier, List.of(), null, null, null, f.getTitle().toText(),
                f.getDescription().isEmpty() ? null : f.getDescription().toText(),
                Arrays.stream(ActivityStatus.values()).filter(s -> s.name().equals(f.getStatus())).findFirst().orElse(null),
                new Project.Dates(f.start(), null, f.end(), null),
                Arrays.stream(Modality.values()).filter(m -> m.name().equals(f.getModality())).findFirst().orElse(null),
                f.getCurrency().isBlank() ? null : f.getCurrency(), participants,
                List.of(new Project.CountryShare(f.getCountry(), null)), List.of(),
                ProjectTerritories.locations(f.territoryCodes()), List.of(), themes, List.of(), budgets,
                List.of(), List.of(), List.of());
    }

    private static ProvenanceRecord provenance(String key, EntryForm form) {
        return new ProvenanceRecord(Source.COUNTRY, key, null, OffsetDateTime.now(), Actor.current().username(),
                Map.of("country", form.getCountry()));
    }
}
