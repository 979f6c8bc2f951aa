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
import java.util.List;
import java.util.Optional;

/** The countries and their profiles. */
@Repository
class Countries {

    private static final String COLUMNS = "iso2, iso3, name::text as name, oas_member, region";

    private final JdbcClient jdbc;
    private final DirectoryScope scope;
    private final AuditTrail audit;

    Countries(JdbcClient jdbc, DirectoryScope scope, AuditTrail audit) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.audit = audit;
    }

    List<Country> all() {
        return jdbc.sql("select " + COLUMNS + " from directory.country order by iso2").query(Countries::country).list();
    }

    Optional<Country> byCode(CountryCode code) {
        return jdbc.sql("select " + COLUMNS + " from directory.country where iso2 = ?")
                .param(code.value()).query(Countries::country).optional();
    }

    boolean exists(String iso2) {
        return CountryCode.parse(iso2).flatMap(this::byCode).isPresent();
    }

    Optional<CountryProfile> profile(CountryCode code) {
        return jdbc.sql("select iso2, summary::text as summary, labour_ministry_id, version from directory.country where iso2 = ?")
                .param(code.value())
                .query((rs, n) -> new CountryProfile(rs.getString("iso2"), Rows.text(rs, "summary"),
                        Rows.nullableLong(rs, "labour_ministry_id"), rs.getInt("version")))
                .optional();
    }

    /**
     * Publishes a profile edited from {@code changed.version()}: the secretariat's own edit or a focal point's change it
     * validated; refused for anyone else (a focal point's change goes through {@link RevisingProfiles}).
     */
    @Transactional
    void updateProfile(CountryProfile changed) {
        scope.checkPublishesProfile(Actor.current(), changed.iso2());
        CountryProfile before = profile(new CountryCode(changed.iso2())).orElseThrow();
        int rows = jdbc.sql("""
                        update directory.country set summary = cast(? as jsonb), labour_ministry_id = ?, version = version + 1
                        where iso2 = ? and version = ?""")
                .params(MultilingualTextJson.write(changed.summary()), changed.labourMinistryId(), changed.iso2(),
                        changed.version())
                .update();
        if (rows == 0) {
            throw new ConcurrentEdit("country", changed.iso2());
        }
        audit.updated("directory.country", changed.iso2(), before,
                new CountryProfile(changed.iso2(), changed.summary(), changed.labourMinistryId(), changed.version() + 1));
    }

    static Country country(ResultSet rs, int row) throws SQLException {
        return new Country(rs.getString("iso2"), rs.getString("iso3"), Rows.text(rs, "name"),
                rs.getBoolean("oas_member"), Region.valueOf(rs.getString("region")));
    }
}
