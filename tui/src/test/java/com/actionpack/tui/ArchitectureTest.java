package com.actionpack.tui;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

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

    /**
     * Issue 10: a message on screen or stderr never names a Java class. Failures are worded by
     * {@code SafeText.oneLine} (the message, never the class); the log keeps the stack trace.
     */
    /**
     * Issue 12: every text field draws what is typed as the screens draw stored text (named
     * emoji, escaped controls), so every one is a {@code SafeTextBox}; only the help window's
     * read-only scroller, which shows text already escaped, is Lanterna's own.
     */
    @Test
    void everyTextFieldDrawsSafeText() {
        noClasses().that().doNotHaveFullyQualifiedName(com.actionpack.tui.form.SafeTextBox.class.getName())
                .and().doNotHaveFullyQualifiedName("com.actionpack.tui.shell.HelpWindow")
                .should().callConstructorWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                                com.tngtech.archunit.core.domain.JavaClass.Predicates.type(
                                        com.googlecode.lanterna.gui2.TextBox.class))))
                .because("a field must never draw an emoji as '?' (issue 12)")
                .check(CLASSES);
    }

    @Test
    void noMessageIsBuiltFromAJavaClassName() {
        noClasses().should().callMethod(Class.class, "getSimpleName")
                .because("users read what failed and how to fix it, never a Java class name (issue 10)")
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

    /** The layers the README's table names, from the bottom up: each uses only its own and those below. */
    @Test
    void layersAsTheReadmeNamesThem() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("toolkit").definedBy("..tui.shell..", "..tui.widget..", "..tui.form..", "..tui.text..", "..tui.menu..")
                .layer("screen kit").definedBy("..tui.action..", "..tui.sheet..")
                .layer("report host").definedBy("..tui.reports..")
                .layer("screens").definedBy("..tui.signin..", "..tui.membership..", "..tui.purchase..", "..tui.billing..",
                        "..tui.cancellation..", "..tui.benefits..", "..tui.faq..", "..tui.account..", "..tui.operator..",
                        "..tui.audit..", "..tui.reportscreen..")
                .layer("ssh").definedBy("..tui.ssh..")
                .layer("command line").definedBy("..tui.cli..")
                .layer("wiring").definedBy("..tui.app..")
                .whereLayer("wiring").mayNotBeAccessedByAnyLayer()
                .whereLayer("command line").mayOnlyBeAccessedByLayers("wiring")
                .whereLayer("ssh").mayOnlyBeAccessedByLayers("wiring")
                .whereLayer("screens").mayOnlyBeAccessedByLayers("wiring")
                .whereLayer("report host").mayOnlyBeAccessedByLayers("screens", "wiring")
                .whereLayer("screen kit").mayOnlyBeAccessedByLayers("screens", "wiring")
                .check(CLASSES);
    }

    /**
     * Issue 12: {@code /} filters every list. A list is built only from the toolkit's filterable
     * widgets ({@code ActionList}, {@code RadioList}, {@code PagedList}, {@code Sheet}), never
     * from a Lanterna list or table that the filter key cannot reach.
     */
    @Test
    void everyListAScreenBuildsIsFilterable() {
        noClasses().that().resideOutsideOfPackage("..tui.widget..")
                .should().callConstructorWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                                com.tngtech.archunit.core.domain.JavaClass.Predicates
                                        .assignableTo(com.googlecode.lanterna.gui2.AbstractListBox.class)
                                        .or(com.tngtech.archunit.core.domain.JavaClass.Predicates
                                                .assignableTo(com.googlecode.lanterna.gui2.table.Table.class))
                                        .and(com.tngtech.archunit.base.DescribedPredicate.not(
                                                com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(
                                                        com.actionpack.tui.shell.Filterable.class))))))
                .because("the footer promises that / filters every list (issue 12)")
                .check(CLASSES);
    }

    /**
     * Rules live in core: nothing is confirmed that core's read-only "may I, and if not every
     * reason why" query refuses. A screen confirms an action of core's only through
     * {@code Actions.confirm}, which asks that query first and shows every reason instead of
     * the question; the shell's own questions (quit, leave a form, replace a file the user
     * named) are the only other confirmations, and touch no rule of core's.
     */
    @Test
    void everyConfirmationIsPrecededByCoresMayICheck() {
        noClasses().that().doNotHaveFullyQualifiedName(com.actionpack.tui.action.Actions.class.getName())
                .and().resideOutsideOfPackage("..tui.shell..")
                .should().callMethod(com.actionpack.tui.shell.Dialogs.class, "confirm",
                        com.actionpack.tui.shell.Confirmation.class, Runnable.class)
                .orShould().callMethod(com.actionpack.tui.shell.Dialogs.class, "confirm",
                        com.actionpack.tui.shell.Confirmation.class, Runnable.class, Runnable.class)
                .because("a screen confirms only what core's may-I query allows (Actions.confirm)")
                .check(CLASSES);
    }

    /**
     * One way to show what stops an action: {@code Refusals} (one problem on the message line,
     * several in a window with the line saying how many). No other code says the same thing
     * twice by opening a window of its own and setting the error line in one go (the fault
     * boundary once did, for every refusal).
     */
    @Test
    void noScreenShowsARefusalAsADialogAndAnErrorLine() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits()
                .that().areDeclaredInClassesThat().doNotHaveFullyQualifiedName(
                        com.actionpack.tui.shell.Refusals.class.getName())
                .should(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaCodeUnit>(
                        "not open a message window and set the error line together") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaCodeUnit unit,
                            com.tngtech.archunit.lang.ConditionEvents events) {
                        boolean window = unit.getMethodCallsFromSelf().stream().anyMatch(call -> call.getTarget()
                                .getOwner().isEquivalentTo(com.actionpack.tui.shell.Dialogs.class)
                                && call.getName().equals("message"));
                        boolean line = unit.getMethodCallsFromSelf().stream().anyMatch(call -> call.getTarget()
                                .getOwner().isEquivalentTo(com.actionpack.tui.shell.Notices.class)
                                && call.getName().equals("error"));
                        if (window && line) {
                            events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(unit,
                                    unit.getFullName() + " shows one problem as a window and an error line; use Refusals"));
                        }
                    }
                })
                .because("a refusal is said once: the message line for one reason, a window for several")
                .check(CLASSES);
    }

    @Test
    void screensDoNotMakeTerminals() {
        noClasses().that().resideOutsideOfPackage("..tui.app..")
                .should().dependOnClassesThat().haveFullyQualifiedName("com.googlecode.lanterna.terminal.DefaultTerminalFactory")
                .check(CLASSES);
    }
}
