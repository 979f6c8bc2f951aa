package org.labourhub.directory;

import org.labourhub.accounts.Actor;
import org.labourhub.accounts.AuditTrail;
import org.labourhub.platform.i18n.MultilingualTextJson;
import org.labourhub.platform.web.ConcurrentEdit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The people: reading one, adding and changing them. */
@Repository
class People {

    private final JdbcClient jdbc;
    private final DirectoryScope scope;
    private final AuditTrail audit;

    People(JdbcClient jdbc, DirectoryScope scope, AuditTrail audit) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.audit = audit;
    }

    Optional<Person> byId(long id) {
        return jdbc.sql("""
                        select id, name, position::text as position, organisation_id, country_iso2, languages, email,
                               phone, version
                        from directory.person where id = ?""")
                .param(id).query(People::person).optional();
    }

    @Transactional
    Person add(Person p) {
        scope.checkPerson(Actor.current(), null, p);
        long id = jdbc.sql("""
                        insert into directory.person (name, position, organisation_id, country_iso2, languages, email, phone)
                        values (?, cast(? as jsonb), ?, ?, ?, ?, ?) returning id""")
                .params(p.name(), MultilingualTextJson.write(p.position()), p.organisationId(), p.countryIso2(),
                        p.languages().toArray(String[]::new), p.email(), p.phone())
                .query(Long.class).single();
        Person added = p.withId(id);
        audit.created("directory.person", id, added);
        return added;
    }

    @Transactional
    void update(Person changed) {
        Person before = byId(changed.id()).orElseThrow();
        scope.checkPerson(Actor.current(), before, changed);
        int rows = jdbc.sql("""
                        update directory.person set name = ?, position = cast(? as jsonb), organisation_id = ?,
                               country_iso2 = ?, languages = ?, email = ?, phone = ?, version = version + 1
                        where id = ? and version = ?""")
                .params(changed.name(), MultilingualTextJson.write(changed.position()), changed.organisationId(),
                        changed.countryIso2(), changed.languages().toArray(String[]::new), changed.email(),
                        changed.phone(), changed.id(), changed.version())
                .update();
        if (rows == 0) {
            throw new ConcurrentEdit("person", changed.id());
        }
        audit.updated("directory.person", changed.id(), before, changed.nextVersion());
    }

    private static Person person(ResultSet rs, int row) throws SQLException {
        return new Person(rs.getLong("id"), rs.getString("name"), Rows.text(rs, "position"),
                Rows.nullableLong(rs, "organisation_id"), rs.getString("country_iso2"), Rows.strings(rs, "languages"),
                rs.getString("email"), rs.getString("phone"), rs.getInt("version"));
    }
}
