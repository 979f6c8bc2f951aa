package org.labourhub;

import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test against the whole application on the real embedded PostgreSQL (a database of its own under target/,
 * recreated once per test run) with the demo data loaded. All such tests share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "labourhub.database.home=${labourhub.test-data-dir:target/test-postgres}",
        "labourhub.database.recreate=true",
        "labourhub.database.port=0",
        "labourhub.demo=true",
        "labourhub.admin-password=" + IntegrationTest.ADMIN_PASSWORD,
        "logging.file.name=target/test-logs/labourhub.log"
})
public @interface IntegrationTest {
    String ADMIN_PASSWORD = "quiet-harbour-lantern-test";
    String DEMO_PASSWORD = "labourhub-demo";
}
