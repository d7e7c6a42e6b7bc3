package com.actionpack.tui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.common.Actor;
import com.actionpack.tui.menu.ComingSoonScreen;
import com.actionpack.tui.menu.MainMenuScreen;
import com.actionpack.tui.menu.Workspace;
import com.actionpack.tui.shell.ConsoleSettings;
import com.actionpack.tui.shell.PromptCheck;
import com.actionpack.tui.signin.SignIn;
import com.actionpack.tui.testing.ConsoleHarness;
import com.actionpack.tui.testing.ScreenWorld;
import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.input.KeyType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: a text field draws what is typed as every other screen draws stored text (named
 * emoji, escaped controls, CJK two columns wide), never Lanterna's {@code ?} for each half of a
 * character outside the Basic Multilingual Plane, and keeps the typed value as it is.
 */
class SafeTextBoxTest {

    private static final String GRINNING = "\uD83D\uDE00";
    /** 👩‍💻: woman, zero-width joiner, personal computer. */
    private static final String WOMAN_TECHNOLOGIST = "\uD83D\uDC69\u200D\uD83D\uDCBB";

    private static TextBox focusedBox(ConsoleHarness console) {
        return (TextBox) console.gui().getActiveWindow().getFocusedInteractable();
    }

    private static String rowWith(ConsoleHarness console, String text) {
        int row = console.rowOf(text);
        assertTrue(row >= 0, "no row shows '" + text + "':\n" + console.text());
        return console.line(row);
    }

    @Test
    @DisplayName("R1: the first-run company name shows a CJK name with a ZWJ sequence and an emoji named while typed; stored raw")
    void firstRunCompanyNameWithEmoji() {
        ScreenWorld world = new ScreenWorld(LocalDate.of(2026, 3, 2));
        List<Actor> signedIn = new ArrayList<>();
        String name = "情報センター" + WOMAN_TECHNOLOGIST + GRINNING;
        try (ConsoleHarness console = world.open(SignIn.factory(world.fixture.core, actor -> {
            signedIn.add(actor);
            return shell -> new ComingSoonScreen(Workspace.MEMBERSHIP);
        }))) {
            console.type(name);
            String row = rowWith(console, "Legal company name");
            assertTrue(row.contains("grinning face:"), "the caret's end of the name is in view, named:\n" + row);
            assertFalse(row.contains("?") || row.contains("\uFFFD"), "never a '?':\n" + console.text());
            assertEquals(name, focusedBox(console).getText(), "the field holds what was typed");
            assertTrue(console.size().getColumns() == 80 && console.text().lines().allMatch(l -> l.length() <= 80));

            console.press(KeyType.Home);
            row = rowWith(console, "Legal company name");
            assertTrue(row.contains("情報センター:woman+personal computer:"), "scrolled back to the start:\n" + row);

            console.press(KeyType.Tab);
            for (String value : List.of("1 Main Street", "Springfield", "12345", "US", "Pat Doe",
                    "pat@contoso.example", "+1 555 0100", "ada@contoso.example", "Ada Admin")) {
                console.type(value).press(KeyType.Tab);
            }
            console.press(KeyType.Enter);
            assertEquals(1, signedIn.size(), console.text());
            assertEquals(name, world.fixture.core.accountQueries().account(signedIn.get(0)).profile().legalName(),
                    "stored as typed, not as drawn");
        }
    }

    @Test
    @DisplayName("The / filter prompt draws a😀b and a ZWJ sequence named, the cursor after them; the answer is the raw text")
    void filterPromptWithEmoji() {
        try (ConsoleHarness console = ConsoleHarness.start(80, 24, ConsoleSettings.defaults().withMonochrome(true),
                MainMenuScreen.factory(Map.of()))) {
            List<String> answers = new ArrayList<>();
            console.shell().dialogs().ask("Filter", "Show only rows containing:", "", PromptCheck.none(), answers::add);
            console.settle();
            console.type("a" + GRINNING + "b");
            String row = rowWith(console, "a:grinning face:b");
            assertFalse(row.contains("?"), row);
            int start = row.indexOf("a:grinning face:b");
            assertEquals(start + "a:grinning face:b".length(), console.terminal().getCursorBufferPosition().getColumn(),
                    "the cursor stands after the drawn text");

            console.type(WOMAN_TECHNOLOGIST + "\u001B");
            row = rowWith(console, "a:grinning face:b:woman+personal computer:^[");
            assertFalse(row.contains("?"), row);
            console.press(KeyType.Enter);
            assertEquals(List.of("a" + GRINNING + "b" + WOMAN_TECHNOLOGIST + "\u001B"), answers);
        }
    }

    @Test
    @DisplayName("A masked field draws one mask character per character typed, an emoji included")
    void maskedFieldCountsCharacters() {
        try (ConsoleHarness console = ConsoleHarness.start(80, 24, ConsoleSettings.defaults().withMonochrome(true),
                MainMenuScreen.factory(Map.of()))) {
            console.shell().dialogs().ask("Secret", "Code:", "", PromptCheck.none(), typed -> { });
            console.settle();
            focusedBox(console).setMask('*');
            console.type("1" + GRINNING + "2");
            assertTrue(console.shows("***"), console.text());
            assertFalse(console.shows("****"), console.text());
        }
    }

    /** A screen with one field {@code width} columns wide after a label. */
    private static ConsoleHarness narrowField(SafeTextBox box) {
        com.googlecode.lanterna.gui2.Panel panel = new com.googlecode.lanterna.gui2.Panel(
                new com.googlecode.lanterna.gui2.LinearLayout(com.googlecode.lanterna.gui2.Direction.HORIZONTAL));
        panel.addComponent(new com.googlecode.lanterna.gui2.Label("Name:"));
        panel.addComponent(box);
        return ConsoleHarness.start(80, 24, ConsoleSettings.defaults().withMonochrome(true), shell -> new com.actionpack.tui.shell.ConsoleScreen() {
            @Override
            public String title() {
                return "Field";
            }

            @Override
            public List<com.actionpack.tui.shell.KeyHelp> keys() {
                return List.of();
            }

            @Override
            public com.googlecode.lanterna.gui2.Component component() {
                return panel;
            }
        });
    }

    /** What the box shows, a wide character once, and where the cursor stands in it (its column). */
    private record View(String cells, int cursor) {
    }

    private static View view(ConsoleHarness console, SafeTextBox box) {
        com.googlecode.lanterna.TerminalPosition at = box.toGlobal(com.googlecode.lanterna.TerminalPosition.TOP_LEFT_CORNER);
        StringBuilder out = new StringBuilder();
        for (int column = 0; column < box.getSize().getColumns(); column++) {
            com.googlecode.lanterna.TextCharacter ch = console.characterAt(at.getColumn() + column, at.getRow());
            out.append(ch.getCharacterString());
            if (ch.isDoubleWidth()) {
                column++;
            }
        }
        com.googlecode.lanterna.TerminalPosition cursor = console.terminal().getCursorBufferPosition();
        assertEquals(at.getRow(), cursor.getRow(), "the cursor is in the field:\n" + console.text());
        return new View(out.toString(), cursor.getColumn() - at.getColumn());
    }

    @Test
    @DisplayName("A field narrower than its text marks the hidden part with … at the left and/or right; the caret is never on a mark")
    void hiddenTextIsMarkedAtTheCutEdges() {
        SafeTextBox box = new SafeTextBox(new com.googlecode.lanterna.TerminalSize(10, 1));
        try (ConsoleHarness console = narrowField(box)) {
            console.type("abcdefghijklmno");
            assertEquals(new View("…hijklmno ", 9), view(console, box), "text hidden to the left, caret after the end");

            console.press(KeyType.Home);
            assertEquals(new View("abcdefghi…", 0), view(console, box), "text hidden to the right");

            for (int i = 0; i < 9; i++) {
                console.press(KeyType.ArrowRight);
            }
            assertEquals(new View("…cdefghij…", 8), view(console, box), "hidden on both sides, caret on j");

            console.type("X");
            assertEquals("abcdefghiXjklmno", box.getText(), "typing in the middle edits in place");
            View middle = view(console, box);
            assertEquals('j', middle.cells().charAt(middle.cursor()), "the caret stays on j:\n" + middle);
            assertTrue(middle.cells().startsWith("…") && middle.cells().endsWith("…"), middle.toString());

            console.press(KeyType.Backspace).press(KeyType.Backspace);
            assertEquals("abcdefghjklmno", box.getText(), "Backspace removes what is before the caret");
            View after = view(console, box);
            assertEquals('j', after.cells().charAt(after.cursor()), after.toString());

            console.ctrl('u');
            assertEquals("", box.getText());
            assertEquals(new View("          ", 0), view(console, box), "an empty field has no mark");

            console.type("abcdefghi");
            assertEquals(new View("abcdefghi ", 9), view(console, box), "nine fit with the caret after them: no mark");
        }
    }

    @Test
    @DisplayName("R1: CJK and emoji in a narrow field: … at the cut edges, a wide character under the caret shown whole, stored raw")
    void wideCharactersInANarrowField() {
        SafeTextBox box = new SafeTextBox(new com.googlecode.lanterna.TerminalSize(10, 1));
        String name = "情報センター" + GRINNING;
        try (ConsoleHarness console = narrowField(box)) {
            console.type(name);
            assertEquals(name, box.getText());
            assertEquals(new View("…ng face: ", 9), view(console, box), "the end of the named emoji, caret after it");

            console.press(KeyType.Home);
            View start = view(console, box);
            assertTrue(start.cells().startsWith("情報セン") && start.cells().endsWith("…"), start.toString());
            assertEquals(0, start.cursor());

            for (int i = 0; i < 4; i++) {
                console.press(KeyType.ArrowRight);
            }
            View onWide = view(console, box);
            assertTrue(onWide.cells().startsWith("…") && onWide.cells().endsWith("…"), onWide.toString());
            assertEquals('タ', onWide.cells().charAt(onWide.cells().indexOf('タ')), onWide.toString());
            int column = 0;
            for (int i = 0; i < onWide.cells().indexOf('タ'); i++) {
                column += com.actionpack.tui.text.Fit.width(String.valueOf(onWide.cells().charAt(i)));
            }
            assertEquals(column, onWide.cursor(), "the caret stands on タ, drawn whole:\n" + onWide);

            console.type(WOMAN_TECHNOLOGIST);
            assertEquals("情報セン" + WOMAN_TECHNOLOGIST + "ター" + GRINNING, box.getText(), "inserted before タ");
            View inserted = view(console, box);
            assertTrue(inserted.cells().contains("タ") && inserted.cells().startsWith("…"), inserted.toString());
            assertFalse(inserted.cells().contains("?"), inserted.toString());
        }
    }
}
