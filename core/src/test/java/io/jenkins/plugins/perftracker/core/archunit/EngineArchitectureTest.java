package io.jenkins.plugins.perftracker.core.archunit;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.*;

/** The engine's package rules from ARCHITECTURE.md, checked on every build. */
class EngineArchitectureTest {
    private static final String ROOT = "io.jenkins.plugins.perftracker.core";
    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void shouldNotDependOnJenkins() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("hudson..", "jenkins..", "org.kohsuke.stapler..", "org.jenkinsci..")
                .check(ENGINE);
    }

    @Test
    void shouldKeepTheModelFreeOfEveryOtherEnginePackage() {
        noClasses().that().resideInAPackage(ROOT + ".model..")
                .should().dependOnClassesThat().resideOutsideOfPackages(ROOT + ".model..", "java..")
                .check(ENGINE);
    }

    @Test
    void shouldKeepReadersApartFromStatistics() {
        noClasses().that().resideInAPackage(ROOT + ".ingest..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".stats..", ROOT + ".compare..",
                        ROOT + ".changepoint..", ROOT + ".regression..", ROOT + ".view..")
                .allowEmptyShould(true)
                .check(ENGINE);
    }
}
