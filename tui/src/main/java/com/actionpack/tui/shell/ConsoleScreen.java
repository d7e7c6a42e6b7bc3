package com.actionpack.tui.shell;

import com.googlecode.lanterna.gui2.Component;
import com.googlecode.lanterna.input.KeyStroke;

import java.util.List;

/**
 * One screen of the console, shown inside the shell's frame between the title bar and the
 * footer. The shell draws the frame and handles the keys that work everywhere; a screen brings
 * its content, its own keys, and says when leaving it would lose input.
 *
 * <p>Screens get what they need (the {@link ShellContext}, services) through their constructor.
 */
public interface ConsoleScreen {

    /** Where you are, for the title bar: "Membership", "Invoice 2026-00042". */
    String title();

    /** Keys of this screen, most useful first: shown in the footer (as many as fit) and in help. */
    List<KeyHelp> keys();

    /** The content. Must return the same component on every call. */
    Component component();

    /** True while the screen holds input that leaving it (Esc, q) would throw away. */
    default boolean hasUnsavedInput() {
        return false;
    }

    /** A key no component used. Return true when the screen acted on it. */
    default boolean handleKey(KeyStroke key) {
        return false;
    }

    /** Called each time the screen becomes the current one, first push and return alike. */
    default void onShow() {
    }
}
