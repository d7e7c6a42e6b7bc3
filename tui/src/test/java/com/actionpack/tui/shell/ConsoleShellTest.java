package com.actionpack.tui.shell;

import com.actionpack.tui.widget.Filterable;
import com.actionpack.tui.menu.MainMenuScreen;
import com.actionpack.tui.testing.ConsoleHarness;
import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.gui2.Component;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConsoleShellTest {

    private static final ConsoleSettings PLAIN = ConsoleSettings.defaults();

    private static ConsoleHarness mainMenu(int columns, int rows, ConsoleSettings settings) {
        return ConsoleHarness.start(columns, rows, settings, MainMenuScreen.factory(Map.of()));
    }

    @Test
    void titleBarNamesTheProductAndWhereYouAre() {
        try (ConsoleHarness console = mainMenu(80, 24, PLAIN)) {
            assertTrue(console.line(0).startsWith(" Action Pack Console — Main menu"), console.text());
        }
    }

    @Test
    void footerShowsTheKeysOfTheScreenAndHelp() {
        try (ConsoleHarness console = mainMenu(80, 24, PLAIN)) {
            String footer = console.line(23);
            assertTrue(footer.contains("Enter  Open"), footer);
            assertTrue(footer.contains("q  Quit"), footer);
            assertTrue(footer.contains("?  Help"), footer);
            assertFalse(footer.contains("Esc"), "no way back from the first screen: " + footer);
        }
    }

    @Test
    void mainMenuListsEveryWorkspace() {
        try (ConsoleHarness console = mainMenu(80, 24, PLAIN)) {
            for (String workspace : List.of("Membership", "Bills and payments", "Benefits", "FAQ",
                    "Account and users", "Operator", "Reports", "Audit")) {
                assertTrue(console.shows(workspace), workspace + " missing:\n" + console.text());
            }
        }
    }

    @Test
    void enterOpensAWorkspaceAndEscComesBack() {
        try (ConsoleHarness console = mainMenu(80, 24, PLAIN)) {
            console.press(KeyType.ArrowDown).press(KeyType.Enter);
            assertTrue(console.line(0).contains("Action Pack Console — Bills and payments"), console.text());
            assertTrue(console.shows("Bills and payments is coming"), console.text());
            assertTrue(console.line(23).contains("Esc  Back"), console.line(23));

            console.press(KeyType.Escape);
            assertTrue(console.line(0).contains("— Main menu"), console.text());
            assertEquals(1, console.shell().navigator().depth());
            // Focus comes back where it was: Enter opens the same workspace again.
            console.press(KeyType.Enter);
            assertTrue(console.line(0).contains("Bills and payments"), console.text());
        }
    }

    @Test
    void escOnTheFirstScreenSaysHowToQuit() {
        try (ConsoleHarness console = mainMenu(80, 24, PLAIN)) {
            console.press(KeyType.Escape);
            assertTrue(console.shell().isOpen());
            assertTrue(console.line(22).contains("press q to quit"), console.text());
        }
    }

    @Test
    void questionMarkOpensHelpWithEveryKeyOfTheScreen() {
        try (ConsoleHarness console = mainMenu(80, 24, PLAIN)) {
            console.type("?");
            String text = console.text();
            assertTrue(text.contains("Help — Main menu"), text);
            assertTrue(text.contains("On this screen"), text);
            assertTrue(text.contains("Up/Down") && text.contains("Choose"), text);
            assertTrue(text.contains("Open"), text);
            for (KeyHelp key : HelpWindow.EVERYWHERE) {
                assertTrue(text.contains(key.action()), key.action() + " missing:\n" + text);
            }
            console.press(KeyType.Escape);
            assertFalse(console.text().contains("Help — Main menu"), console.text());
            assertTrue(console.shell().isOpen(), "Esc closes help, not the console");
        }
    }

    @Test
    void helpTallerThanTheTerminalScrolls() {
        List<KeyHelp> many = new java.util.ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            many.add(KeyHelp.of("F" + (i % 12 + 1) + "/" + i, "Action number " + i));
        }
        ConsoleScreen busy = new StaticScreen("Busy", new Label("busy"), many);
        try (ConsoleHarness console = ConsoleHarness.start(80, 24, PLAIN, shell -> busy)) {
            console.type("?");
            assertTrue(console.shows("Help — Busy"), console.text());
            assertTrue(console.shows("Action number 1 "), console.text());
            assertTrue(console.shows("Up/Down scroll."), console.text());
            assertFalse(console.shows("Quit at once"), console.text());
            assertTrue(console.rowOf("Up/Down scroll.") < 23, "the window fits:\n" + console.text());
            for (int i = 0; i < 30; i++) {
                console.press(KeyType.ArrowDown);
            }
            assertTrue(console.shows("Quit at once"), console.text());
            console.press(KeyType.Escape);
            assertFalse(console.shows("Help — Busy"), console.text());
        }
    }

    @Test
    void f1OpensHelpToo() {
        try (ConsoleHarness console = mainMenu(80, 24, PLAIN)) {
            console.press(KeyType.F1);
            assertTrue(console.shows("Help — Main menu"), console.text());
            console.type("?");
            assertFalse(console.shows("Help — Main menu"), console.text());
        }
    }

    @Test
    void qQuitsAtOnceWithoutUnsavedInput() {
        try (ConsoleHarness console = mainMenu(80, 24, PLAIN)) {
            console.type("q");
            assertFalse(console.shell().isOpen());
        }
    }

    @Test
    void ctrlCQuitsAtOnceEvenFromADialog() {
        FormScreen form = new FormScreen();
        try (ConsoleHarness console = ConsoleHarness.start(80, 24, PLAIN, shell -> form)) {
            console.type("x").press(KeyType.Tab).type("?");
            assertTrue(console.shows("Help — Form"), console.text());
            console.ctrl('c');
            assertFalse(console.shell().isOpen());
        }
    }

    @Test
    void qAsksFirstWhenAFormHasUnsavedInput() {
        FormScreen form = new FormScreen();
        try (ConsoleHarness console = ConsoleHarness.start(80, 24, PLAIN, shell -> form)) {
            console.type("Contoso");
            assertEquals("Contoso", form.box.getText(), "q typed in a field is text, not quit");
            console.press(KeyType.Tab);                 // leave the field for the button
            console.type("q");
            assertTrue(console.shell().isOpen(), "asks before losing input");
            assertTrue(console.shows("Quit anyway and lose it?"), console.text());

            console.press(KeyType.Enter);               // focus is on "Keep editing"
            assertTrue(console.shell().isOpen());
            assertEquals("Contoso", form.box.getText());

            console.type("q").press(KeyType.ArrowRight).press(KeyType.Enter);
            assertFalse(console.shell().isOpen());
        }
    }

    @Test
    void escAsksBeforeLeavingAFormWithUnsavedInput() {
        try (ConsoleHarness console = mainMenu(80, 24, PLAIN)) {
            FormScreen form = new FormScreen();
            console.shell().navigator().push(form);
            console.settle();
            console.type("Fabrikam").press(KeyType.Escape);
            assertTrue(console.shows("Go back and lose it?"), console.text());
            console.press(KeyType.Escape);              // Esc in the dialog means: stay
            assertTrue(console.line(0).contains("— Form"), console.text());

            console.press(KeyType.Escape).press(KeyType.ArrowRight).press(KeyType.Enter);
            assertTrue(console.line(0).contains("— Main menu"), console.text());
        }
    }

    @Test
    void confirmationRunsTheActionOnlyAfterTheConfirmButton() {
        try (ConsoleHarness console = mainMenu(80, 24, PLAIN)) {
            int[] placed = {0};
            Confirmation question = Confirmation.of("Place order",
                    "Your card will be charged 475.00 USD. This cannot be undone.", "Pay 475.00 USD");
            console.shell().dialogs().confirm(question, () -> placed[0]++);
            console.settle();
            assertTrue(console.shows("Your card will be charged 475.00 USD."), console.text());
            assertTrue(console.shows("Pay 475.00 USD"), console.text());

            console.press(KeyType.Enter);               // Cancel has the focus
            assertEquals(0, placed[0]);
            assertFalse(console.shows("Pay 475.00 USD"), console.text());

            console.shell().dialogs().confirm(question, () -> placed[0]++);
            console.settle();
            console.press(KeyType.Tab).press(KeyType.Enter);
            assertEquals(1, placed[0]);
        }
    }

    @Test
    void noticeBarShowsErrorsOnOneLineAndNavigationClearsThem() {
        try (ConsoleHarness console = mainMenu(80, 24, PLAIN)) {
            console.shell().notices().error("Card expired: use a card valid after today");
            console.settle();
            assertTrue(console.line(22).startsWith(" Error: Card expired: use a card valid after today"),
                    console.line(22));
            console.press(KeyType.Enter);
            assertEquals("", console.line(22).strip());
        }
    }

    @Test
    void asOfBannerShowsWhenPreviewingAnotherDate() {
        ConsoleSettings preview = PLAIN.withAsOf(LocalDate.of(2027, 3, 1));
        try (ConsoleHarness console = mainMenu(80, 24, preview)) {
            assertTrue(console.line(1).contains("Preview as of 2027-03-01"), console.text());
        }
        try (ConsoleHarness console = mainMenu(80, 24, PLAIN)) {
            assertFalse(console.shows("Preview as of"), console.text());
        }
    }

    @Test
    void signedInUserIsShownEscaped() {
        ConsoleSettings settings = PLAIN.withUser("ann\u001b[2J@contoso.example");
        try (ConsoleHarness console = mainMenu(80, 24, settings)) {
            assertTrue(console.line(0).contains("ann^[[2J@contoso.example"), console.line(0));
        }
    }

    @Test
    void companyNameWithEscapeSequencesIsShownEscaped() {
        String hostile = "Contoso\u001b[31m Ltd\u001b]0;owned\u0007\u202Egnp.exe";
        ConsoleScreen company = new StaticScreen("Company", new Label(com.actionpack.tui.text.SafeText.line(hostile)));
        try (ConsoleHarness console = ConsoleHarness.start(80, 24, PLAIN, shell -> company)) {
            assertTrue(console.shows("Contoso^[[31m Ltd^[]0;owned^G<U+202E>gnp.exe"), console.text());
            for (int row = 0; row < 24; row++) {
                for (int column = 0; column < 80; column++) {
                    char c = console.characterAt(column, row).getCharacterString().charAt(0);
                    assertTrue(c >= 0x20 && c != 0x7f && !(c >= 0x80 && c <= 0x9f),
                            "control character drawn at " + column + "," + row);
                }
            }
        }
    }

    @Test
    void slashFiltersTheFocusedList() {
        FilterableScreen screen = new FilterableScreen();
        try (ConsoleHarness console = ConsoleHarness.start(80, 24, PLAIN, shell -> screen)) {
            console.type("/");
            assertTrue(console.shows("Show only rows containing"), console.text());
            console.type("inv-42").press(KeyType.Enter);
            assertEquals("inv-42", screen.filter());
        }
    }

    @Test
    @DisplayName("Issue 12: / filters the main menu's list in place, and an empty filter shows it all again")
    void slashFiltersTheMainMenu() {
        try (ConsoleHarness console = mainMenu(80, 24, PLAIN)) {
            console.type("/");
            assertTrue(console.shows("Show only rows containing"), console.text());
            console.type("repo").press(KeyType.Enter);
            assertTrue(console.shows("Filter \"repo\": 1 row"), console.text());
            assertTrue(console.shows("Reports"), console.text());
            assertFalse(console.shows("Membership"), console.text());
            console.type("/").ctrl('u').press(KeyType.Enter);
            assertTrue(console.shows("Membership") && console.shows("Reports"), console.text());
        }
    }

    @Test
    void framesReLayOutWhenTheTerminalIsResized() {
        try (ConsoleHarness console = mainMenu(80, 24, PLAIN)) {
            console.resize(120, 40);
            assertTrue(console.line(39).contains("?  Help"), console.text());
            assertTrue(console.line(0).startsWith(" Action Pack Console — Main menu"), console.text());
            assertEquals(Palette.colour().title().background(),
                    console.characterAt(119, 0).getBackgroundColor(), "title bar spans the new width");

            console.resize(80, 24);
            assertTrue(console.line(23).contains("?  Help"), console.text());
            assertEquals(24, console.lines().size());
            console.press(KeyType.Enter);
            assertTrue(console.line(0).contains("— Membership"), console.text());
        }
    }

    @Test
    void aNarrowTerminalDropsFooterKeysButKeepsHelp() {
        try (ConsoleHarness console = mainMenu(40, 24, PLAIN)) {
            String footer = console.line(23);
            assertTrue(footer.contains("?  Help"), footer);
            // Too small for the screen: only the keys that still work (q, ?), none of the menu's.
            assertTrue(footer.contains("q  Quit"), footer);
            assertFalse(footer.contains("Enter") || footer.contains("Up/Down"), footer);
        }
    }

    @Test
    void noColorUsesOnlyTheTerminalsColoursAndShowsSelectionInReverse() {
        try (ConsoleHarness console = mainMenu(80, 24, PLAIN.withMonochrome(true))) {
            for (int row = 0; row < 24; row++) {
                for (int column = 0; column < 80; column++) {
                    var ch = console.characterAt(column, row);
                    assertEquals(TextColor.ANSI.DEFAULT, ch.getForegroundColor(), column + "," + row);
                    assertEquals(TextColor.ANSI.DEFAULT, ch.getBackgroundColor(), column + "," + row);
                }
            }
            int membership = console.rowOf("Membership");
            int bills = console.rowOf("Bills and payments");
            assertTrue(console.characterAt(2, membership).getModifiers().contains(SGR.REVERSE),
                    "the selected item is in reverse video");
            assertFalse(console.characterAt(2, bills).getModifiers().contains(SGR.REVERSE));
            assertTrue(console.characterAt(2, 0).getModifiers().contains(SGR.REVERSE), "title bar");

            console.press(KeyType.ArrowDown);
            assertFalse(console.characterAt(2, membership).getModifiers().contains(SGR.REVERSE));
            assertTrue(console.characterAt(2, bills).getModifiers().contains(SGR.REVERSE));

            console.type("?");
            for (int row = 0; row < 24; row++) {
                for (int column = 0; column < 80; column++) {
                    assertEquals(TextColor.ANSI.DEFAULT, console.characterAt(column, row).getBackgroundColor(),
                            "help window, no shadow colour at " + column + "," + row);
                }
            }
        }
    }

    @Test
    @DisplayName("A dialog as tall as the screen leaves the footer whole: no shadow draws over its keys")
    void aTallDialogLeavesTheFooterWhole() {
        List<KeyHelp> many = List.of(KeyHelp.of("d", "Download invoice"), KeyHelp.of("Enter", "Open order"),
                KeyHelp.of("Tab", "Orders/Invoices"), KeyHelp.of("/", "Filter invoices"), KeyHelp.of("PgUp/PgDn", "Page"));
        ConsoleScreen screen = new ConsoleScreen() {
            @Override
            public String title() {
                return "Many keys";
            }

            @Override
            public List<KeyHelp> keys() {
                return many;
            }

            @Override
            public com.googlecode.lanterna.gui2.Component component() {
                return new com.googlecode.lanterna.gui2.Label("content");
            }
        };
        try (ConsoleHarness console = ConsoleHarness.start(80, 24, PLAIN, shell -> screen)) {
            console.type("?");
            assertTrue(console.shows("Help — Many keys"), console.text());
            String footer = console.line(23);
            assertTrue(footer.contains("Tab  Next button") && footer.contains("Esc  Close") && footer.contains("F1  Help"),
                    "the help window's keys, whole, under it:\n" + console.text());
            assertEquals(List.of(), console.cutLines(), console.text());
        }
    }

    @Test
    void colourThemeShowsSelectionWithColour() {
        try (ConsoleHarness console = mainMenu(80, 24, PLAIN)) {
            int membership = console.rowOf("Membership");
            assertEquals(TextColor.ANSI.BLUE, console.characterAt(2, membership).getBackgroundColor());
        }
    }

    /** A form with one field whose content counts as unsaved input. */
    static final class FormScreen implements ConsoleScreen {
        final TextBox box = new TextBox();
        final Panel panel = new Panel();

        FormScreen() {
            panel.addComponent(box);
            panel.addComponent(new com.googlecode.lanterna.gui2.Button("Save", () -> { }));
        }

        @Override
        public String title() {
            return "Form";
        }

        @Override
        public List<KeyHelp> keys() {
            return List.of(KeyHelp.of("Enter", "Save"));
        }

        @Override
        public Component component() {
            return panel;
        }

        @Override
        public boolean hasUnsavedInput() {
            return !box.getText().isEmpty();
        }
    }

    record StaticScreen(String title, Component component, List<KeyHelp> keys) implements ConsoleScreen {
        StaticScreen(String title, Component component) {
            this(title, component, List.of());
        }
    }

    static final class FilterableScreen implements ConsoleScreen, Filterable {
        private String filter = "";
        private final Label label = new Label("rows");

        @Override
        public String title() {
            return "Rows";
        }

        @Override
        public List<KeyHelp> keys() {
            return List.of(KeyHelp.of("/", "Filter"));
        }

        @Override
        public Component component() {
            return label;
        }

        @Override
        public String filter() {
            return filter;
        }

        @Override
        public void applyFilter(String text) {
            filter = text;
        }
    }

    @SuppressWarnings("unused")
    private static Optional<String> none() {
        return Optional.empty();
    }

    @Test
    void ctrlUClearsTheFieldBeingTypedInsteadOfTypingU() {
        try (ConsoleHarness console = ConsoleHarness.start(80, 24, PLAIN, MainMenuScreen.factory(Map.of()))) {
            java.util.List<String> answers = new java.util.ArrayList<>();
            console.shell().dialogs().ask("Download", "Save to:", "/root/a/long/default/path.txt",
                    com.actionpack.tui.shell.PromptCheck.none(), answers::add);
            console.settle();
            console.ctrl('u').type("/tmp/x.txt").press(KeyType.Enter);
            assertEquals(java.util.List.of("/tmp/x.txt"), answers);
        }
    }
}
