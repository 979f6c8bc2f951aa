package org.labourhub.accounts;

import org.labourhub.platform.Constituency;
import org.labourhub.platform.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * On the first start: the administrator account, with the password from LABOURHUB_ADMIN_PASSWORD or a generated one
 * printed once; in demo mode also one account per role, all with the demo password.
 */
@Component
@Order(10)
class FirstAccounts implements ApplicationRunner {

    static final String DEMO_PASSWORD = "labourhub-demo";
    private static final Logger log = LoggerFactory.getLogger(FirstAccounts.class);

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final DemoMode demo;
    private final Environment environment;
    private final MessageSource messages;

    FirstAccounts(Accounts accounts, PasswordEncoder encoder, DemoMode demo, Environment environment,
                  MessageSource messages) {
        this.messages = messages;
        this.accounts = accounts;
        this.encoder = encoder;
        this.demo = demo;
        this.environment = environment;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!accounts.anyWithRole(Role.ADMIN)) {
            createAdministrator();
        }
        if (demo.isOn() && accounts.byUsername("secretariat").isEmpty()) {
            demoAccount("secretariat", "Technical secretariat (demo)", Role.SECRETARIAT, null, null);
            demoAccount("analyst", "Risk model analyst (demo)", Role.ANALYST, null, null);
            demoAccount("focal.gt", "Government focal point, Guatemala (demo)", Role.FOCAL_POINT, "GT", Constituency.GOVERNMENT);
            demoAccount("focal.pe", "Government focal point, Peru (demo)", Role.FOCAL_POINT, "PE", Constituency.GOVERNMENT);
            demoAccount("focal.br.workers", "Workers' focal point, Brazil (demo)", Role.FOCAL_POINT, "BR", Constituency.WORKERS);
            demoAccount("focal.ar.employers", "Employers' focal point, Argentina (demo)", Role.FOCAL_POINT, "AR", Constituency.EMPLOYERS);
            log.info("Demo accounts created (password '{}'): secretariat, analyst, focal.gt, focal.pe, focal.br.workers, focal.ar.employers", DEMO_PASSWORD);
        }
    }

    /** After the address, the accounts a newcomer can try (printed on every start in demo mode). */
    @EventListener
    @Order(1)
    void printDemoAccounts(ApplicationReadyEvent event) {
        if (!demo.isOn() || !(event.getApplicationContext() instanceof WebServerApplicationContext)) {
            return;
        }
        System.out.println("""

                  Demo accounts (password %s):
                    secretariat          Secretariat: maintains and validates everything
                    focal.gt             Focal point, Guatemala, government
                    focal.pe             Focal point, Peru, government
                    focal.br.workers     Focal point, Brazil, workers
                    focal.ar.employers   Focal point, Argentina, employers
                    analyst              Analyst: runs the child-labour risk model
                  The administrator is admin (its password was printed on the first start).
                """.formatted(DEMO_PASSWORD));
    }

    private void createAdministrator() {
        String given = environment.getProperty("labourhub.admin-password");
        boolean generated = given == null || given.isBlank();
        String password = generated ? newPassword() : given;
        var problems = PasswordPolicy.problems(password, "admin", "Administrator");
        if (!problems.isEmpty()) {
            throw new IllegalStateException("LABOURHUB_ADMIN_PASSWORD is refused: " + problems.stream()
                    .map(p -> messages.getMessage(p.key(), p.args(), Locale.ENGLISH))
                    .collect(Collectors.joining(" ")) + " Set another one and start again.");
        }
        accounts.add(new Account(null, "admin", "Administrator", encoder.encode(password), Role.ADMIN, null, null, true, 0));
        if (generated) {
            System.out.println("""

                    ==========================================================================
                      LabourHub administrator account created.
                      Username: admin
                      Password: %s
                      This password is shown only once. Sign in and keep it safe.
                    ==========================================================================
                    """.formatted(password));
        }
        log.info("Administrator account 'admin' created (password {})", generated ? "generated and printed once" : "from LABOURHUB_ADMIN_PASSWORD");
    }

    private void demoAccount(String username, String name, Role role, String country, Constituency constituency) {
        accounts.add(new Account(null, username, name, encoder.encode(DEMO_PASSWORD), role, country, constituency, true, 0));
    }

    private static String newPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
