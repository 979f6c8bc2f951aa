package org.labourhub.accounts;

import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** An account's change of role, scope, access or password takes effect on the sessions it already has open. */
@IntegrationTest
class AccountChangesTest {

    private static final String PASSWORD = "amber-orchard-quartet-sails";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void aSecretariatAccountDemotedToAnalystWithANewPasswordLosesItsOldSessionsRights() throws Exception {
        long id = account("secretariat.temp", "SECRETARIAT", null, null);
        var old = new Browsing(port);
        assertThat(old.signIn("secretariat.temp", PASSWORD)).endsWith("/");
        assertThat(old.get("/audit").statusCode()).isEqualTo(200);

        admin().submit("/admin/accounts/" + id + "/edit", "displayName", "Demoted", "role", "ANALYST",
                "enabled", "true", "password", "another-orchard-quartet-sails", "version", version(id));

        assertThat(old.get("/audit").statusCode()).as("audit trail from the old session").isIn(302, 403);
        var rate = old.submit("/projects/exchange-rates", "currency", "EUR", "year", "2020", "rate", "1.1");
        assertThat(rate.statusCode()).as("exchange rate from the old session").isIn(302, 403);
        assertThat(rate.headers().firstValue("Location").orElse("")).doesNotContain("saved");
    }

    @Test
    void aFocalPointDisabledAndMovedToAnotherCountryCanNoLongerEditFromItsOpenSession() throws Exception {
        long id = account("focal.temp", "FOCAL_POINT", "GT", "GOVERNMENT");
        var old = new Browsing(port);
        assertThat(old.signIn("focal.temp", PASSWORD)).endsWith("/");
        assertThat(old.get("/me/assignments").statusCode()).isEqualTo(200);

        admin().submit("/admin/accounts/" + id + "/edit", "displayName", "Moved", "role", "FOCAL_POINT",
                "countryCode", "PE", "constituency", "GOVERNMENT", "enabled", "false", "version", version(id));

        assertThat(old.get("/me/assignments").statusCode()).as("signed out: sent to the sign-in form").isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from accounts.spring_session where principal_name = 'focal.temp'")
                .query(Long.class).single()).isZero();
        assertThat(new Browsing(port).signIn("focal.temp", PASSWORD)).as("disabled").endsWith("/login?error=bad");
    }

    @Test
    void aChangeOfDisplayNameAloneKeepsTheSessionOpen() throws Exception {
        long id = account("focal.named", "FOCAL_POINT", "GT", "GOVERNMENT");
        var session = new Browsing(port);
        session.signIn("focal.named", PASSWORD);
        admin().submit("/admin/accounts/" + id + "/edit", "displayName", "New name", "role", "FOCAL_POINT",
                "countryCode", "GT", "constituency", "GOVERNMENT", "enabled", "true", "version", version(id));
        assertThat(session.get("/me/assignments").statusCode()).isEqualTo(200);
    }

    private Browsing admin() throws Exception {
        var admin = new Browsing(port);
        assertThat(admin.signIn("admin", IntegrationTest.ADMIN_PASSWORD)).endsWith("/");
        return admin;
    }

    private long account(String username, String role, String country, String constituency) {
        jdbc.sql("delete from accounts.account where username = ?").param(username).update();
        return jdbc.sql("""
                        insert into accounts.account (username, display_name, password_hash, role, country_code, constituency)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(username, username, encoder.encode(PASSWORD), role, country, constituency)
                .query(Long.class).single();
    }

    private String version(long id) {
        return jdbc.sql("select version from accounts.account where id = ?").param(id).query(String.class).single();
    }
}
