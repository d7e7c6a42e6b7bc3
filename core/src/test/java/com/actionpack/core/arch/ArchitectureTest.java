package com.actionpack.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.actionpack.core");
    }

    @Test
    @DisplayName("core depends on the JDK only (and at most jakarta/javax.inject annotations)")
    void jdkOnly() {
        classes().that().resideInAPackage("com.actionpack.core..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.actionpack.core..",
                        "jakarta.inject..", "javax.inject..")
                .check(core);
    }

    @Test
    @DisplayName("core never reaches into persistence, tui or reports")
    void noOuterModules() {
        noClasses().that().resideInAPackage("com.actionpack.core..")
                .should().dependOnClassesThat().resideInAnyPackage("com.actionpack.persistence..", "com.actionpack.tui..",
                        "com.actionpack.reports..")
                .check(core);
    }

    @Test
    @DisplayName("R14: no class reads the system clock; all dates come from the injected Clock")
    void injectedClockOnly() {
        noClasses().that().resideInAPackage("com.actionpack.core..")
                .should().callMethod(LocalDate.class, "now")
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .check(core);
    }

    /**
     * Feature packages must not grow new cycles. The cycles that exist today (account/audit,
     * eligibility/ordering/cancellation, billing/ordering, membership/ordering/benefits) are
     * frozen in src/test/resources/archunit_store: breaking them means moving public types the
     * other modules import, which is the lead's call. A new cycle, or a new dependency inside a
     * frozen one, fails this test; a removed one is dropped from the store.
     */
    @Test
    @DisplayName("feature packages grow no new dependency cycles (existing ones frozen)")
    void noNewCycles() {
        FreezingArchRule.freeze(slices().matching("com.actionpack.core.(*)..").should().beFreeOfCycles()).check(core);
    }

    @Test
    @DisplayName("the pure rule classes and values depend on no use-case service and no repository")
    void rulesArePure() {
        noClasses().that().haveSimpleNameEndingWith("Rules").or().haveSimpleName("MembershipTerm")
                .or().haveSimpleName("CardCheck").or().haveSimpleName("AccountState")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Service")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().areAssignableTo(Clock.class)
                .check(core);
    }

    @Test
    @DisplayName("use-case services do not call one another")
    void servicesIndependent() {
        noClasses().that().haveSimpleNameEndingWith("Service").and().resideInAPackage("com.actionpack.core..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Service")
                .check(core);
    }
}
