package io.jenkins.plugins.perftracker.core.archunit;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The page models, the report and the command line form layers: cli → report → view → engine. */
class UiArchitectureTest {
    private static final String ROOT = "io.jenkins.plugins.perftracker.core";
    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);

    @Test
    void shouldKeepViewModelsFreeOfTheReportAndTheCommandLine() {
        noClasses().that().resideInAPackage(ROOT + ".view..").should().dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".report..", ROOT + ".cli..").check(ENGINE);
    }

    @Test
    void shouldKeepTheReportFreeOfTheCommandLine() {
        noClasses().that().resideInAPackage(ROOT + ".report..").should().dependOnClassesThat()
                .resideInAPackage(ROOT + ".cli..").check(ENGINE);
    }

    @Test
    void shouldLetNoEnginePackageUseTheReportOrTheCommandLine() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".report..", ROOT + ".cli..").should()
                .dependOnClassesThat().resideInAnyPackage(ROOT + ".report..", ROOT + ".cli..").check(ENGINE);
    }
}
