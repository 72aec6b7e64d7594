package fr.passerelle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(PasserelleApplication.class);

    /** No cycle, no use of another module's internals, and no dependency a module has not declared. */
    @Test
    void modulesOnlyUseEachOthersPublicApiAndTheirDeclaredDependencies() {
        modules.verify();
    }

    /** A new module says what it may use (see docs/ARCHITECTURE.md); only the shared platform is open to all. */
    @Test
    void everyBusinessModuleDeclaresItsAllowedDependencies() throws ClassNotFoundException {
        for (var module : modules) {
            String basePackage = module.getBasePackage().getName();
            if (basePackage.equals("fr.passerelle.platform")) {
                continue;
            }
            ApplicationModule declared = Class.forName(basePackage + ".package-info").getAnnotation(ApplicationModule.class);
            assertThat(declared).as("@ApplicationModule on %s", basePackage).isNotNull();
            assertThat(declared.allowedDependencies()).as("allowedDependencies of %s", basePackage).isNotEmpty();
        }
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
