package com.actionpack.tui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.tui.menu.MainMenuScreen;
import com.actionpack.tui.testing.ConsoleHarness;
import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: the one-line prompt every screen asks with ({@link Dialogs#ask}). Bad input loses
 * nothing: a refused answer keeps the prompt open with the text as typed, the reason on one line
 * under it and the cursor in the field; the keys the footer promises in a field work there.
 */
class PromptTest {

    private static final ConsoleSettings PLAIN = ConsoleSettings.defaults().withMonochrome(true);
    private static final PromptCheck NO_SPACES = typed -> typed.contains(" ")
            ? Optional.of("Name '" + typed + "' has a space: type it without spaces.") : Optional.empty();

    private static ConsoleHarness console(int columns, int rows) {
        return ConsoleHarness.start(columns, rows, PLAIN, MainMenuScreen.factory(Map.of()));
    }

    private static TextBox focusedBox(ConsoleHarness console) {
        return (TextBox) console.gui().getActiveWindow().getFocusedInteractable();
    }

    @Test
    @DisplayName("A refused answer keeps the prompt, the typed text, the reason and the cursor; a fixed one answers once")
    void refusedAnswerLosesNothing() {
        try (ConsoleHarness console = console(80, 24)) {
            List<String> answers = new ArrayList<>();
            console.shell().dialogs().ask("Save", "File name:", "", NO_SPACES, answers::add);
            console.settle();
            console.type("my report").press(KeyType.Enter);
            String text = console.text();
            assertTrue(text.contains("my report"), "the typed text stays:\n" + text);
            assertTrue(text.contains("! Name 'my report' has a space: type it without spaces."), text);
            assertEquals(1, text.split("has a space", -1).length - 1, "said once:\n" + text);
            assertEquals(List.of(), answers, "nothing answered yet");
            assertEquals("my report", focusedBox(console).getText(), "the cursor is in the field");

            console.press(KeyType.Home).press(KeyType.ArrowRight, KeyType.ArrowRight).press(KeyType.Delete);
            console.press(KeyType.Enter);
            assertEquals(List.of("myreport"), answers);
            assertFalse(console.shows("File name:"), "closed once answered:\n" + console.text());
        }
    }

    @Test
    @DisplayName("In a prompt's field the footer lists the field's keys; q and ? are text, Ctrl-U clears, F1 helps, Esc cancels")
    void theFieldKeysWorkInAPrompt() {
        try (ConsoleHarness console = console(80, 24)) {
            List<String> answers = new ArrayList<>();
            console.shell().dialogs().ask("Save", "File name:", "draft", PromptCheck.none(), answers::add);
            console.settle();
            String footer = console.line(23);
            assertTrue(footer.contains("F1") && footer.contains("Ctrl-U") && footer.contains("Ctrl-C"), footer);
            assertFalse(footer.contains("q  Quit"), "q is text in a field:\n" + footer);
            console.ctrl('u').type("q?/");
            assertEquals("q?/", focusedBox(console).getText());
            assertTrue(console.shell().isOpen());

            console.press(KeyType.F1);
            assertTrue(console.shows("Help"), "F1 helps inside a prompt too:\n" + console.text());
            console.press(KeyType.Escape);
            assertTrue(console.shows("File name:"), "Esc closes the help, the prompt stays:\n" + console.text());
            assertEquals("q?/", focusedBox(console).getText());

            console.press(KeyType.Escape);
            assertFalse(console.shows("File name:"), console.text());
            assertEquals(List.of(), answers, "Esc answers nothing");
        }
    }

    @Test
    @DisplayName("A long reason wraps inside the prompt at 80x24, never cut")
    void longReasonWraps() {
        try (ConsoleHarness console = console(80, 24)) {
            String reason = "Folder /home/someone/a/rather/long/path/that/does/not/exist does not exist: type a file"
                    + " in a folder that exists, e.g. /home/someone/report.csv.";
            console.shell().dialogs().ask("Save", "File:", "x", typed -> Optional.of(reason), typed -> { });
            console.settle();
            console.press(KeyType.Enter);
            String flat = console.text().replaceAll("[\\s│]+", " ");
            assertTrue(flat.contains("e.g. /home/someone/report.csv."), "the end of the reason shows:\n" + console.text());
            assertTrue(console.cutLines().isEmpty(), console.cutLines().toString());
        }
    }

    @Test
    @DisplayName("A multi-line paste into a prompt is text for its field: its line break is no Enter, nothing is answered")
    void aPasteIntoAPromptIsText() {
        try (ConsoleHarness console = console(80, 24)) {
            List<String> answers = new ArrayList<>();
            console.shell().dialogs().ask("Save", "File name:", "", NO_SPACES, answers::add);
            console.settle();
            console.press(BracketedPaste.START);
            console.type("first\nsecond q");
            console.press(new com.googlecode.lanterna.input.KeyStroke(KeyType.Enter));
            console.press(BracketedPaste.END);
            assertEquals("first second q ", focusedBox(console).getText());
            assertEquals(List.of(), answers, "a pasted line break answers nothing");
            assertFalse(console.shows("has a space"), "no check ran yet:\n" + console.text());
            assertTrue(console.shell().isOpen(), "a pasted q does not quit");
        }
    }
}
