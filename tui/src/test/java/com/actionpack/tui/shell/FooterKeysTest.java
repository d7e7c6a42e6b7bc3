package com.actionpack.tui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: the footer's promise in a text field (F1, Esc, Ctrl-U, Ctrl-C) holds however many
 * keys a screen names; in a prompt it shows the prompt's keys, never the screen's.
 */
class FooterKeysTest {

    private static final KeyHelp F1 = KeyHelp.of("F1", "Help");

    private static List<String> shown(FooterBar.Focus focus, List<KeyHelp> screenKeys, int width) {
        FooterBar footer = new FooterBar(Palette.monochrome(), new Notices(), () -> focus, width);
        List<KeyHelp> inField = new ArrayList<>(screenKeys);
        inField.add(KeyHelp.of("Esc", "Back"));
        inField.add(KeyHelp.of("Ctrl-U", "Clear field"));
        inField.add(KeyHelp.of("Ctrl-C", "Quit"));
        List<KeyHelp> keys = new ArrayList<>(screenKeys);
        keys.add(KeyHelp.of("q", "Quit"));
        footer.setKeys(keys, KeyHelp.of("?", "Help"), inField, F1);
        return footer.visibleKeys(width).stream().map(KeyHelp::keys).toList();
    }

    @Test
    @DisplayName("In a field the promised keys stay at 80 columns (and at 60) whatever the screen adds; its own keys go first")
    void promisedKeysStayInEveryField() {
        List<KeyHelp> many = new ArrayList<>();
        for (int n = 0; n <= 6; n++) {
            for (int width : new int[] {80, 60}) {
                List<String> keys = shown(FooterBar.Focus.FIELD, many, width);
                assertTrue(keys.containsAll(List.of("Esc", "Ctrl-U", "Ctrl-C", "F1")), n + " screen keys at " + width
                        + ": " + keys);
                assertFalse(keys.contains("q") || keys.contains("?"), keys.toString());
            }
            many.add(KeyHelp.of("Tab" + n, "A screen key with a long description"));
        }
        List<String> few = shown(FooterBar.Focus.FIELD, List.of(KeyHelp.of("Tab", "Next field")), 80);
        assertEquals(List.of("Tab", "Esc", "Ctrl-U", "Ctrl-C", "F1"), few, "the screen's key first when it fits");
    }

    @Test
    @DisplayName("A prompt's field shows the prompt's keys; a question its buttons' keys; never the screen's")
    void dialogsShowTheirOwnKeys() {
        List<KeyHelp> screen = List.of(KeyHelp.of("d", "Download invoice"), KeyHelp.of("Enter", "Open order"));
        assertEquals(List.of("Enter", "Esc", "Ctrl-U", "Ctrl-C", "F1"), shown(FooterBar.Focus.DIALOG_FIELD, screen, 80));
        assertEquals(List.of("Tab", "Enter", "Esc", "Ctrl-C", "F1"), shown(FooterBar.Focus.DIALOG, screen, 80));
    }
}
