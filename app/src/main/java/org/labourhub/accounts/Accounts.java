package org.labourhub.accounts;

import org.labourhub.platform.Constituency;
import org.labourhub.platform.web.ConcurrentEdit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The accounts table. */
@Repository
class Accounts {

    private static final String COLUMNS =
            "id, username, display_name, password_hash, role, country_code, constituency, enabled, version";

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Account> byUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from accounts.account where username = ?")
                .param(username.toLowerCase()).query(Accounts::map).optional();
    }

    Optional<Account> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from accounts.account where id = ?").param(id).query(Accounts::map).optional();
    }

    List<Account> all() {
        return jdbc.sql("select " + COLUMNS + " from accounts.account order by role, username").query(Accounts::map).list();
    }

    boolean anyWithRole(Role role) {
        return jdbc.sql("select count(*) from accounts.account where role = ?").param(role.name())
                .query(Long.class).single() > 0;
    }

    long add(Account a) {
        return jdbc.sql("""
                        insert into accounts.account (username, display_name, password_hash, role, country_code, constituency, enabled)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(a.username(), a.displayName(), a.passwordHash(), a.role().name(), a.countryCode(),
                        a.constituency() == null ? null : a.constituency().name(), a.enabled())
                .query(Long.class).single();
    }

    /** Saves the changed account if nobody else changed it since it was read. */
    void update(Account a) {
        int rows = jdbc.sql("""
                        update accounts.account set display_name = ?, password_hash = ?, role = ?, country_code = ?,
                               constituency = ?, enabled = ?, version = version + 1
                        where id = ? and version = ?""")
                .params(a.displayName(), a.passwordHash(), a.role().name(), a.countryCode(),
                        a.constituency() == null ? null : a.constituency().name(), a.enabled(), a.id(), a.version())
                .update();
        if (rows == 0) {
            throw new ConcurrentEdit("account", a.id());
        }
    }

    private static Account map(ResultSet rs, int row) throws SQLException {
        String constituency = rs.getString("constituency");
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("password_hash"), Role.valueOf(rs.getString("role")), rs.getString("country_code"),
                constituency == null ? null : Constituency.valueOf(constituency), rs.getBoolean("enabled"),
                rs.getInt("version"));
    }
}
