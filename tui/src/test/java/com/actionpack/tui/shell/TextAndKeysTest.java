package com.actionpack.tui.shell;

import com.actionpack.tui.menu.MainMenuScreen;
import com.actionpack.tui.testing.ConsoleHarness;
import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shell's one convention for keys in text fields, messages that never lose their end, and small terminals. */
class TextAndKeysTest {

    private static final ConsoleSettings PLAIN = ConsoleSettings.defaults();

    @Test
    void inATextFieldTheFooterShowsOnlyKeysThatWorkThereAndLettersAreTyped() {
        ConsoleShellTest.FormScreen form = new ConsoleShellTest.FormScreen();
        try (ConsoleHarness console = ConsoleHarness.start(80, 24, PLAIN, shell -> form)) {
            String footer = console.line(23);
            assertTrue(footer.contains("F1  Help"), footer);
            assertTrue(footer.contains("Ctrl-U  Clear field"), footer);
            assertTrue(footer.contains("Ctrl-C  Quit"), footer);
            assertFalse(footer.contains("q  Quit"), footer);
            assertFalse(footer.contains("?  Help"), footer);

            console.type("Acme q?/");
            assertEquals("Acme q?/", form.box.getText(), "q, ? and / are text in a field");
            assertTrue(console.shell().isOpen());

            // On the button the screen's letter keys are back.
            console.press(KeyType.Tab);
            footer = console.line(23);
            assertTrue(footer.contains("q  Quit") && footer.contains("?  Help"), footer);
        }
    }

    @Test
    void escOnTheFirstScreenFromAFieldNamesTheKeyThatWorksThere() {
        ConsoleShellTest.FormScreen form = new ConsoleShellTest.FormScreen();
        try (ConsoleHarness console = ConsoleHarness.start(80, 24, PLAIN, shell -> form)) {
            console.press(KeyType.Escape);
            assertTrue(console.text().contains("Nothing to go back to from Form: Ctrl-C quits."), console.text());
            assertFalse(console.text().contains("main menu"), console.text());
        }
    }

    @Test
    void aMessageLongerThanTheScreenWidthWrapsAndKeepsItsEnd() {
        String message = "Renew is not possible yet: the renewal window opens on 2027-11-24 and an operator"
                + " records the funds when the wire transfer arrives; use Global admin, Account admin,"
                + " or MPN Partner admin to do this.";
        try (ConsoleHarness console = ConsoleHarness.start(80, 24, PLAIN, MainMenuScreen.factory(Map.of()))) {
            console.shell().notices().error(message);
            console.settle();
            String shown = String.join(" ", console.lines().subList(20, 23)).replaceAll("\\s+", " ");
            assertTrue(shown.contains("MPN Partner admin to do this."), console.text());
            assertTrue(console.line(23).contains("Help"), "keys stay on the last line: " + console.text());
            assertNoCutLines(console);
        }
    }

    @Test
    void aMessageTooLongForThreeLinesEndsWithAnEllipsisAndF2OpensItWhole() {
        String message = "Start. " + "A long reason that goes on. ".repeat(12) + "The fix is at the end.";
        try (ConsoleHarness console = ConsoleHarness.start(80, 24, PLAIN, MainMenuScreen.factory(Map.of()))) {
            console.shell().notices().error(message);
            console.settle();
            assertTrue(console.line(22).contains("… F2 reads it all"), console.text());
            console.press(KeyType.F2);
            assertTrue(console.text().replaceAll("[\\s│|]+", " ").contains("The fix is at the end."), console.text());
        }
    }

    @Test
    void belowEightyByTwentyFourTheContentSaysSoAndComesBack() {
        try (ConsoleHarness console = ConsoleHarness.start(60, 20, PLAIN, MainMenuScreen.factory(Map.of()))) {
            assertTrue(console.text().contains("Terminal too small: 80x24 needed, now 60x20"), console.text());
            console.resize(80, 24);
            assertFalse(console.text().contains("too small"), console.text());
            assertTrue(console.shows("Membership"), console.text());
            console.resize(79, 30);
            assertTrue(console.text().contains("now 79x30"), console.text());
            console.resize(100, 30);
            console.press(KeyType.Enter);
            assertTrue(console.line(0).contains("— Membership"), "focus came back: " + console.text());
        }
    }

    @Test
    @org.junit.jupiter.api.DisplayName("Too small, the footer lists only the keys that work (Esc, q, ?); a screen key or / does nothing unseen")
    void belowTheMinimumTheFooterListsOnlyTheKeysThatWork() {
        List<String> acted = new java.util.ArrayList<>();
        ConsoleScreen screen = new ConsoleScreen() {
            @Override
            public String title() {
                return "Keys";
            }

            @Override
            public List<KeyHelp> keys() {
                return List.of(KeyHelp.of("d", "Download"), KeyHelp.of("Enter", "Open"), KeyHelp.of("/", "Filter"));
            }

            @Override
            public com.googlecode.lanterna.gui2.Component component() {
                return new com.googlecode.lanterna.gui2.Label("content");
            }

            @Override
            public boolean handleKey(com.googlecode.lanterna.input.KeyStroke key) {
                acted.add(key.toString());
                return true;
            }
        };
        try (ConsoleHarness console = ConsoleHarness.start(80, 24, PLAIN, MainMenuScreen.factory(Map.of()))) {
            console.shell().navigator().push(screen);
            console.settle();
            assertTrue(console.line(23).contains("d  Download"), console.text());
            console.resize(60, 20);
            String footer = console.line(19);
            assertTrue(footer.contains("Esc  Back") && footer.contains("q  Quit") && footer.contains("?  Help"), footer);
            assertFalse(footer.contains("Download") || footer.contains("Open") || footer.contains("Filter"), footer);

            console.type("d/").press(KeyType.Enter);
            assertEquals(List.of(), acted, "no screen key acts while the screen is not shown");
            assertFalse(console.shows("Show only rows containing"), console.text());
            assertTrue(console.text().contains("Terminal too small"), console.text());

            console.press(KeyType.Escape);
            console.resize(80, 24);
            assertTrue(console.line(0).contains("Main menu"), "Esc went back:\n" + console.text());
        }
    }

    @Test
    void aMultiLinePasteIsTextForTheFocusedFieldAndNeverMovesTheFocus() {
        ConsoleShellTest.FormScreen form = new ConsoleShellTest.FormScreen();
        try (ConsoleHarness console = ConsoleHarness.start(80, 24, PLAIN, shell -> form)) {
            console.press(BracketedPaste.START);
            console.type("Acme\nLtd\tq?");
            console.press(new com.googlecode.lanterna.input.KeyStroke(KeyType.Enter));
            console.type("x");
            console.press(BracketedPaste.END);
            assertEquals("Acme Ltd q? x", form.box.getText());
            assertTrue(console.shell().isOpen(), "a pasted q does not quit");
            console.type("!");
            assertTrue(form.box.getText().endsWith("x!"), "focus stayed in the field: " + form.box.getText());
        }
    }

    @Test
    void dumbAndVt100TerminalsGetNoColourLocallyAsOverSsh() {
        assertTrue(ConsoleSettings.monochromeRequested(Map.of("TERM", "dumb")));
        assertTrue(ConsoleSettings.monochromeRequested(Map.of("TERM", "vt100")));
        assertTrue(ConsoleSettings.monochromeRequested(Map.of("TERM", "xterm-256color", "NO_COLOR", "1")));
        assertFalse(ConsoleSettings.monochromeRequested(Map.of("TERM", "xterm-256color")));
        ConsoleSettings dumb = PLAIN.withMonochrome(ConsoleSettings.monochromeRequested(Map.of("TERM", "dumb")));
        try (ConsoleHarness console = ConsoleHarness.start(80, 24, dumb, MainMenuScreen.factory(Map.of()))) {
            for (int row = 0; row < 24; row++) {
                for (int column = 0; column < 80; column++) {
                    assertEquals(com.googlecode.lanterna.TextColor.ANSI.DEFAULT,
                            console.characterAt(column, row).getBackgroundColor(), "colour at " + column + "," + row);
                }
            }
        }
    }

    static void assertNoCutLines(ConsoleHarness console) {
        assertEquals(List.of(), console.cutLines(), console.text());
    }
}
