package com.actionpack.tui.shell;

/**
 * A component that takes typed characters. While one has the focus, every printable key is
 * text (so {@code q}, {@code ?}, {@code /} and Space are typed, never shortcuts) and the footer
 * switches to the keys that still work in a field: F1, Tab, Enter, Esc, Ctrl-U, Ctrl-C.
 * Lanterna text boxes are recognised without it.
 */
public interface TextEntry {

    /** Ctrl-U: empties the field, as in a shell. */
    void clearText();
}
