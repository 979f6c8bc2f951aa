package org.labourhub.platform.database;

import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs each module's migrations from its own folder {@code db/migration/<module>} with its own history table,
 * modules in dependency order (a module after those it depends on), after the shared {@code __root} folder.
 * The order is written here rather than computed at every start; {@code ModularityTests} checks it against the
 * module dependencies that Spring Modulith finds.
 */
@Configuration(proxyBeanMethods = false)
public class ModuleMigrations {

    /** Modules with migrations, each after every module it depends on. */
    public static final List<String> ORDER = List.of("platform", "accounts", "directory", "projects", "plans", "riskmaps", "training");

    static final String ROOT = "__root";

    @Bean
    FlywayMigrationStrategy moduleByModule() {
        return flyway -> {
            Set<String> present = foldersOnClassPath();
            Set<String> unknown = new TreeSet<>(present);
            unknown.remove(ROOT);
            ORDER.forEach(unknown::remove);
            if (!unknown.isEmpty()) {
                throw new IllegalStateException("Migration folders " + unknown + " belong to no module in "
                        + ModuleMigrations.class.getName() + ".ORDER; add them there in dependency order");
            }
            migrate(flyway, ROOT, "flyway_schema_history");
            ORDER.stream().filter(present::contains)
                    .forEach(module -> migrate(flyway, module, "flyway_schema_history_" + module));
        };
    }

    private static void migrate(Flyway base, String folder, String historyTable) {
        Flyway.configure()
                .configuration(base.getConfiguration())
                .locations("classpath:db/migration/" + folder)
                .table(historyTable)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }

    /** The module folders under db/migration that hold at least one migration. */
    public static Set<String> foldersOnClassPath() {
        try {
            Set<String> folders = new TreeSet<>();
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*/*.sql")) {
                String path = r.getURL().toString();
                String folder = path.substring(0, path.lastIndexOf('/'));
                folders.add(folder.substring(folder.lastIndexOf('/') + 1));
            }
            return folders;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the migration folders", e);
        }
    }
}
