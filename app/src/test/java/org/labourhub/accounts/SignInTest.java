package org.labourhub.accounts;

import org.junit.jupiter.api.Test;
import org.labourhub.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SignInTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void demoAccountsAndTheAdministratorCanSignIn() throws Exception {
        assertThat(new Browsing(port).signIn("focal.gt", IntegrationTest.DEMO_PASSWORD)).endsWith("/");
        assertThat(new Browsing(port).signIn("admin", IntegrationTest.ADMIN_PASSWORD)).endsWith("/");
    }

    @Test
    void passwordsAreStoredHashed() {
        String hash = jdbc.sql("select password_hash from accounts.account where username = 'secretariat'")
                .query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(IntegrationTest.DEMO_PASSWORD);
    }

    @Test
    void repeatedFailuresFromOneAddressMakeThatAddressWaitWhileTheAccountSignsInFromElsewhere() throws Exception {
        var attacker = Browsing.from(port, "203.0.113.7");
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_PAIR; i++) {
            assertThat(attacker.signIn("analyst", "wrong-" + i)).endsWith("/login?error=bad");
        }
        String refused = attacker.signIn("analyst", IntegrationTest.DEMO_PASSWORD);
        assertThat(refused).contains("/login?error=throttled&wait=");
        assertThat(attacker.get(refused.substring(refused.indexOf("/login")) + "&lang=es").body())
                .containsPattern("Espere 1[0-5] segundos antes de volver a intentarlo");

        assertThat(Browsing.from(port, "198.51.100.20").signIn("analyst", IntegrationTest.DEMO_PASSWORD))
                .as("the real user, from another address").endsWith("/");
        jdbc.sql("delete from accounts.login_failure where username = 'analyst'").update();
    }

    @Test
    void failuresOnManyNamesFromOneAddressDoNotStopOtherAddressesNorOtherAccounts() throws Exception {
        var sprayer = Browsing.from(port, "203.0.113.99");
        for (int i = 0; i < 20; i++) {
            assertThat(sprayer.signIn("nobody-" + i, "guess-" + i)).endsWith("/login?error=bad");
        }
        assertThat(Browsing.from(port, "198.51.100.21").signIn("focal.pe", IntegrationTest.DEMO_PASSWORD)).endsWith("/");
        assertThat(sprayer.signIn("focal.pe", IntegrationTest.DEMO_PASSWORD)).as("below the address's free failures").endsWith("/");
        jdbc.sql("delete from accounts.login_failure where client_ip = '203.0.113.99'").update();
    }

    @Test
    void theWaitDoublesAfterEachFurtherFailureUpToItsCap() {
        var first = LoginThrottle.FIRST_PAIR_WAIT;
        int free = LoginThrottle.FREE_FAILURES_PER_PAIR;
        var longest = LoginThrottle.LONGEST_PAIR_WAIT;
        assertThat(LoginThrottle.waitAfter(free - 1, free, first, longest)).isZero();
        assertThat(LoginThrottle.waitAfter(free, free, first, longest)).isEqualTo(first);
        assertThat(LoginThrottle.waitAfter(free + 2, free, first, longest)).isEqualTo(first.multipliedBy(4));
        assertThat(LoginThrottle.waitAfter(free + 500, free, first, longest)).isEqualTo(longest);
        assertThat(longest).isLessThanOrEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aPasswordLongerThanTheHasherReadsIsAWrongPasswordNotAnError() throws Exception {
        assertThat(Browsing.from(port, "198.51.100.30").signIn("focal.gt", "x".repeat(200))).endsWith("/login?error=bad");
        jdbc.sql("delete from accounts.login_failure where client_ip = '198.51.100.30'").update();
    }

    @Test
    void aFormPostWithoutCsrfTokenIsRefused() throws Exception {
        var client = HttpClient.newBuilder().build();
        var response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
    }
}
