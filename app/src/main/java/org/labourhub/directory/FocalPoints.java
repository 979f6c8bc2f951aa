package org.labourhub.directory;

import org.labourhub.accounts.Actor;
import org.labourhub.accounts.AuditTrail;
import org.labourhub.platform.Constituency;
import org.labourhub.platform.web.ConcurrentEdit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The focal points: reading one, naming a person focal point and changing that role. */
@Repository
class FocalPoints {

    private final JdbcClient jdbc;
    private final DirectoryScope scope;
    private final AuditTrail audit;

    FocalPoints(JdbcClient jdbc, DirectoryScope scope, AuditTrail audit) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.audit = audit;
    }

    Optional<FocalPoint> byId(long id) {
        return jdbc.sql("select id, person_id, country_iso2, constituency, network_id, since, version from directory.focal_point where id = ?")
                .param(id).query(FocalPoints::focalPoint).optional();
    }

    @Transactional
    FocalPoint add(FocalPoint f) {
        scope.checkRole(Actor.current(), null, f);
        long id = jdbc.sql("""
                        insert into directory.focal_point (person_id, country_iso2, constituency, network_id, since)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(f.personId(), f.countryIso2(), f.constituency().name(), f.networkId(), f.since())
                .query(Long.class).single();
        FocalPoint added = f.withId(id);
        audit.created("directory.focal_point", id, added);
        return added;
    }

    @Transactional
    void update(FocalPoint changed) {
        FocalPoint before = byId(changed.id()).orElseThrow();
        scope.checkRole(Actor.current(), before, changed);
        int rows = jdbc.sql("""
                        update directory.focal_point set country_iso2 = ?, constituency = ?, network_id = ?,
                               since = ?, version = version + 1
                        where id = ? and version = ?""")
                .params(changed.countryIso2(), changed.constituency().name(), changed.networkId(), changed.since(), changed.id(),
                        changed.version())
                .update();
        if (rows == 0) {
            throw new ConcurrentEdit("focal point", changed.id());
        }
        audit.updated("directory.focal_point", changed.id(), before, changed.nextVersion());
    }

    private static FocalPoint focalPoint(ResultSet rs, int row) throws SQLException {
        return new FocalPoint(rs.getLong("id"), rs.getLong("person_id"), rs.getString("country_iso2"),
                Constituency.valueOf(rs.getString("constituency")), Rows.nullableLong(rs, "network_id"),
                Rows.nullableInt(rs, "since"), rs.getInt("version"));
    }
}
