package com.actionpack.tui;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.actionpack.tui");

    @Test
    void noStaticMutableStateSoEverySessionHasItsOwnObjects() {
        fields().that().areStatic()
                .should().beFinal()
                .because("SSH sessions run side by side in one process")
                .check(CLASSES);
    }

    @Test
    void shellAndWidgetsKnowNothingOfTheApplicationOrTheCommandLine() {
        noClasses().that().resideInAnyPackage("..tui.shell..", "..tui.widget..", "..tui.text..", "..tui.menu..")
                .should().dependOnClassesThat().resideInAnyPackage("..tui.app..", "..tui.cli..", "picocli..")
                .check(CLASSES);
    }

    @Test
    void theCommandLineDoesNotBuildTheApplication() {
        noClasses().that().resideInAPackage("..tui.cli..")
                .should().dependOnClassesThat().resideInAPackage("..tui.app..")
                .check(CLASSES);
    }

    @Test
    void screensDoNotMakeTerminals() {
        noClasses().that().resideOutsideOfPackage("..tui.app..")
                .should().dependOnClassesThat().haveFullyQualifiedName("com.googlecode.lanterna.terminal.DefaultTerminalFactory")
                .check(CLASSES);
    }
}
