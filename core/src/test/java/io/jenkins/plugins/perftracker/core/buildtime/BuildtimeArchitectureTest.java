package io.jenkins.plugins.perftracker.core.buildtime;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.*;

/** The build-time packages: the record knows no reader or view; readers and views know only the record. */
class BuildtimeArchitectureTest {
    private static final String ROOT = "io.jenkins.plugins.perftracker.core.buildtime";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);

    @Test
    void shouldKeepTheRecordFreeOfReadersAndViews() {
        noClasses().that().resideInAPackage(ROOT).should().dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".travis..", ROOT + ".format..", ROOT + ".dashboard..",
                        "com.fasterxml..", "com.thoughtworks..")
                .check(CLASSES);
    }

    @Test
    void shouldKeepTheDashboardApartFromTheReaders() {
        noClasses().that().resideInAPackage(ROOT + ".dashboard..").should().dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".travis..", ROOT + ".format..", "io.jenkins.plugins.perftracker.core.ingest..")
                .check(CLASSES);
    }

    @Test
    void shouldKeepTheReadersApartFromEachOther() {
        noClasses().that().resideInAPackage(ROOT + ".format..").should().dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".travis..", ROOT + ".dashboard..").check(CLASSES);
        noClasses().that().resideInAPackage(ROOT + ".travis..").should().dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".format..", ROOT + ".dashboard..").check(CLASSES);
    }

    @Test
    void shouldMakeTheStoredRecordClassesFinal() {
        classes().that().resideInAPackage(ROOT).and().implement(java.io.Serializable.class).and().areNotEnums()
                .and().areNotAssignableTo(Throwable.class).should().haveModifier(
                        com.tngtech.archunit.core.domain.JavaModifier.FINAL).check(CLASSES);
    }
}
