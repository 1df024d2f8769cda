package io.jenkins.plugins.perftracker.core.farm;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The farm's own rules: model values only, XStream and Jackson at the edges, no shared static lock. */
class FarmArchitectureTest {
    private static final String FARM = "io.jenkins.plugins.perftracker.core.farm";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(FARM);

    @Test
    void shouldDependOnlyOnTheModelTheJdkXStreamAndJackson() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage(FARM, "io.jenkins.plugins.perftracker.core.model",
                "java..", "com.thoughtworks.xstream..", "com.fasterxml.jackson..").check(CLASSES);
    }

    @Test
    void shouldKeepXStreamInsideTheCodec() {
        noClasses().that().doNotHaveSimpleName("FarmXmlCodec").and().haveSimpleNameNotEndingWith("Converter")
                .and().doNotHaveSimpleName("XmlFields")
                .should().dependOnClassesThat().resideInAPackage("com.thoughtworks.xstream..").check(CLASSES);
    }

    @Test
    void shouldHaveNoStaticLocksOrMutableStaticState() {
        fields().that().areStatic().should().beFinal().check(CLASSES);
        fields().that().haveRawType(java.util.concurrent.locks.ReentrantLock.class).should().notBeStatic()
                .andShould().bePrivate().check(CLASSES);
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.locks.ReentrantLock")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.locks.Condition")
                .allowEmptyShould(true)
                .because("only FarmLockManager may hold the lock")
                .check(CLASSES.that(com.tngtech.archunit.base.DescribedPredicate.describe("not the manager",
                        c -> !c.getSimpleName().equals("FarmLockManager") && !c.getSimpleName().equals("HostLease"))));
    }
}
