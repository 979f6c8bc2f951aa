package org.labourhub.platform;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tells the person who started LabourHub where to open it. Printed first among the "ready" notices; the accounts
 * module prints the demo accounts right after it.
 */
@Component
class ReadyBanner {

    private final DemoMode demo;

    ReadyBanner(DemoMode demo) {
        this.demo = demo;
    }

    @EventListener
    @Order(0)
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        System.out.printf("%n  LabourHub is ready: http://localhost:%d/%s%n", web.getWebServer().getPort(),
                demo.isOn() ? "   (demo data)" : "");
    }
}
