package org.labourhub;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.labourhub.platform.database.ModuleMigrations;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The business modules talk only through what each one makes public; the module map is written to target/. */
class ModularityTests {

    /** The risk engine shares the base package but is a library the modules use, like any other, not a module. */
    private final ApplicationModules modules = ApplicationModules.of(LabourHubApplication.class,
            JavaClass.Predicates.resideInAPackage("org.labourhub.risk.."));

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void migrationsRunEachModuleAfterTheModulesItDependsOn() {
        List<String> order = ModuleMigrations.ORDER;
        assertThat(order).containsAll(ModuleMigrations.foldersOnClassPath().stream()
                .filter(folder -> !folder.startsWith("__")).toList());
        for (String name : order) {
            modules.getModuleByName(name).ifPresent(module -> module.getDirectDependencies(modules).uniqueModules()
                    .map(dependency -> dependency.getIdentifier().toString())
                    .filter(order::contains)
                    .forEach(dependency -> assertThat(order.indexOf(dependency))
                            .as("%s depends on %s, whose migrations must run first", name, dependency)
                            .isLessThan(order.indexOf(name))));
        }
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
    }
}
