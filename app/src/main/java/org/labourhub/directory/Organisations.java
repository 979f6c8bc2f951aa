package org.labourhub.directory;

import org.labourhub.accounts.Actor;
import org.labourhub.accounts.AuditTrail;
import org.labourhub.platform.i18n.MultilingualTextJson;
import org.labourhub.platform.web.ConcurrentEdit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The organisations: reading one, adding and changing them. */
@Repository
class Organisations {

    static final String REF_COLUMNS =
            "o.id, o.key, o.type, o.acronym::text as acronym, o.name::text as name, o.country_iso2";
    private static final String COLUMNS = REF_COLUMNS
            + ", o.description::text as description, o.parent_id, o.website, o.version";

    private final JdbcClient jdbc;
    private final DirectoryScope scope;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    Organisations(JdbcClient jdbc, DirectoryScope scope, AuditTrail audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.audit = audit;
        this.events = events;
    }

    Optional<Organisation> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from directory.organisation o where o.id = ?").param(id)
                .query(Organisations::organisation).optional();
    }

    Optional<OrganisationRef> refById(long id) {
        return jdbc.sql("select " + REF_COLUMNS + " from directory.organisation o where o.id = ?").param(id)
                .query(Organisations::ref).optional();
    }

    List<OrganisationRef> refsByIds(Collection<Long> ids) {
        return jdbc.sql("select " + REF_COLUMNS + " from directory.organisation o where o.id = any(?)")
                .param(ids.toArray(Long[]::new)).query(Organisations::ref).list();
    }

    List<OrganisationRef> allRefs() {
        return jdbc.sql("select " + REF_COLUMNS + " from directory.organisation o order by o.id").query(Organisations::ref).list();
    }

    Optional<OrganisationRef> refByKey(String key) {
        return jdbc.sql("select " + REF_COLUMNS + " from directory.organisation o where o.key = ?").param(key)
                .query(Organisations::ref).optional();
    }

    /** Adds an organisation under a key made from its acronym or name; refused outside the actor's scope. */
    @Transactional
    Organisation add(Organisation o) {
        scope.checkOrganisation(Actor.current(), null, o);
        String key = freeKey(o);
        long id = jdbc.sql("""
                        insert into directory.organisation (key, type, acronym, name, description, country_iso2, parent_id, website)
                        values (?, ?, cast(? as jsonb), cast(? as jsonb), cast(? as jsonb), ?, ?, ?) returning id""")
                .params(key, o.type().name(), MultilingualTextJson.write(o.acronyms()), MultilingualTextJson.write(o.name()),
                        MultilingualTextJson.write(o.description()), o.countryIso2(), o.parentId(), o.website())
                .query(Long.class).single();
        Organisation added = o.withId(id, key);
        audit.created("directory.organisation", id, added);
        events.publishEvent(new OrganisationNamed(id));
        return added;
    }

    /** Saves an organisation edited from {@code changed.version()}; the key never changes. */
    @Transactional
    void update(Organisation changed) {
        Organisation before = byId(changed.id()).orElseThrow();
        scope.checkOrganisation(Actor.current(), before, changed);
        int rows = jdbc.sql("""
                        update directory.organisation set type = ?, acronym = cast(? as jsonb), name = cast(? as jsonb),
                               description = cast(? as jsonb), country_iso2 = ?, parent_id = ?, website = ?,
                               version = version + 1
                        where id = ? and version = ?""")
                .params(changed.type().name(), MultilingualTextJson.write(changed.acronyms()),
                        MultilingualTextJson.write(changed.name()),
                        MultilingualTextJson.write(changed.description()), changed.countryIso2(), changed.parentId(),
                        changed.website(), changed.id(), changed.version())
                .update();
        if (rows == 0) {
            throw new ConcurrentEdit("organisation", changed.id());
        }
        audit.updated("directory.organisation", changed.id(), before, changed.nextVersion());
        if (!Objects.equals(before.acronyms(), changed.acronyms()) || !before.name().equals(changed.name())) {
            events.publishEvent(new OrganisationNamed(changed.id()));
        }
    }

    private String freeKey(Organisation o) {
        String label = o.acronyms() != null ? o.acronyms().toString() : o.name().toString();
        String base = StableKey.from(o.countryIso2() == null ? label : label + "-" + o.countryIso2()).value();
        String key = base;
        for (int n = 2; jdbc.sql("select count(*) from directory.organisation where key = ?").param(key)
                .query(Long.class).single() > 0; n++) {
            key = base + "-" + n;
        }
        return key;
    }

    static OrganisationRef ref(ResultSet rs, int row) throws SQLException {
        return new OrganisationRef(rs.getLong("id"), rs.getString("key"), OrganisationType.valueOf(rs.getString("type")),
                Rows.text(rs, "acronym"), Rows.text(rs, "name"), rs.getString("country_iso2"));
    }

    /** The organisation joined into a row under org_* columns, or null when the row has none. */
    static OrganisationRef joinedRef(ResultSet rs) throws SQLException {
        long id = rs.getLong("org_id");
        return rs.wasNull() ? null : new OrganisationRef(id, rs.getString("org_key"),
                OrganisationType.valueOf(rs.getString("org_type")), Rows.text(rs, "org_acronym"),
                Rows.text(rs, "org_name"), rs.getString("org_country"));
    }

    private static Organisation organisation(ResultSet rs, int row) throws SQLException {
        return new Organisation(rs.getLong("id"), rs.getString("key"), OrganisationType.valueOf(rs.getString("type")),
                Rows.text(rs, "acronym"), Rows.text(rs, "name"), Rows.text(rs, "description"),
                rs.getString("country_iso2"), Rows.nullableLong(rs, "parent_id"), rs.getString("website"),
                rs.getInt("version"));
    }
}
