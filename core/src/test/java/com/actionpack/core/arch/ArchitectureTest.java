package com.actionpack.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.CoreServices;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final String ROOT = "com.actionpack.core";
    private static final String USE_CASES = ROOT + ".usecase";
    /** Every package of core but its root and the use-case tree. */
    private static final DescribedPredicate<JavaClass> MODEL = DescribedPredicate.describe("the model packages",
            c -> c.getPackageName().startsWith(ROOT + ".") && !c.getPackageName().equals(USE_CASES)
                    && !c.getPackageName().startsWith(USE_CASES + "."));

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

    @Test
    @DisplayName("no package of core lies on a dependency cycle")
    void noPackageCycles() {
        slices().matching("com.actionpack.core.(**)").should().beFreeOfCycles().check(core);
    }

    /**
     * The hexagon: the model (values, rules, out-ports) knows no use case; the use cases know
     * no assembly; {@code CoreServices} and {@code Ports} in core's root package wire them and
     * are what the adapters (persistence, tui, reports) build on. Core knowing no adapter is
     * {@link #noOuterModules()}.
     */
    @Test
    @DisplayName("layers: model <- use cases <- assembly, never upwards")
    void layers() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Model").definedBy(MODEL)
                .layer("UseCases").definedBy(USE_CASES + "..")
                .layer("Assembly").definedBy(ROOT)
                .whereLayer("Assembly").mayNotBeAccessedByAnyLayer()
                .whereLayer("UseCases").mayOnlyBeAccessedByLayers("Assembly")
                .whereLayer("Model").mayOnlyBeAccessedByLayers("UseCases", "Assembly")
                .check(core);
    }

    @Test
    @DisplayName("every package of core has a package-info.java saying what lives there and what it may use")
    void everyPackageIsDescribed() throws IOException {
        Path sources = Path.of("src/main/java/com/actionpack/core");
        assertTrue(Files.isDirectory(sources), "run from the core module: " + sources.toAbsolutePath());
        try (Stream<Path> dirs = Files.walk(sources)) {
            List<Path> undescribed = dirs.filter(Files::isDirectory)
                    .filter(d -> !Files.exists(d.resolve("package-info.java"))).toList();
            assertEquals(List.of(), undescribed);
        }
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
    @DisplayName("use cases do not call one another (each one CoreServices hands out is used by no other)")
    void useCasesIndependent() {
        Set<String> useCases = core.get(CoreServices.class).getMethods().stream()
                .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC) && m.getRawParameterTypes().isEmpty())
                .map(m -> m.getRawReturnType().getName()).collect(Collectors.toSet());
        assertTrue(useCases.size() >= 10, "use cases found: " + useCases);
        List<String> calls = new ArrayList<>();
        for (JavaClass c : core) {
            if (!c.getPackageName().startsWith(USE_CASES)) {
                continue;
            }
            String home = c.getName().replaceAll("\\$.*", "");
            c.getDirectDependenciesFromSelf().stream().map(d -> d.getTargetClass().getName())
                    .filter(useCases::contains).filter(target -> !target.equals(home))
                    .forEach(target -> calls.add(c.getName() + " -> " + target));
        }
        assertEquals(List.of(), calls.stream().distinct().toList());
    }
}
