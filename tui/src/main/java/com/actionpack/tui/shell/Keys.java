package com.actionpack.tui.shell;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/** Recognises the keys the shell gives a meaning everywhere. */
final class Keys {

    private Keys() {
    }

    static boolean isCtrlC(KeyStroke key) {
        return key.getKeyType() == KeyType.Character && key.isCtrlDown() && !key.isAltDown()
                && Character.toLowerCase(key.getCharacter()) == 'c';
    }

    static boolean isChar(KeyStroke key, char c) {
        return key.getKeyType() == KeyType.Character && !key.isCtrlDown() && !key.isAltDown()
                && key.getCharacter() == c;
    }

    /** Ctrl-U, which terminals use to clear the line being typed. */
    static boolean isClearLine(KeyStroke key) {
        return key.getKeyType() == KeyType.Character && key.isCtrlDown() && !key.isAltDown()
                && Character.toLowerCase(key.getCharacter()) == 'u';
    }

    /**
     * Ctrl-U on a text box empties it, as in a shell; Lanterna would type a "u". Returns true
     * when it did.
     */
    static boolean clearLine(com.googlecode.lanterna.gui2.Interactable focused, KeyStroke key) {
        if (!isClearLine(key)) {
            return false;
        }
        if (focused instanceof com.googlecode.lanterna.gui2.TextBox box && !box.isReadOnly()) {
            box.setText("");
            return true;
        }
        if (focused instanceof TextEntry entry) {
            entry.clearText();
            return true;
        }
        return false;
    }

    /** True when the focused component takes typed text: then letters are text, not shortcuts. */
    static boolean isTyping(com.googlecode.lanterna.gui2.Interactable focused) {
        return (focused instanceof com.googlecode.lanterna.gui2.TextBox box && !box.isReadOnly())
                || focused instanceof TextEntry;
    }

    static boolean isF1(KeyStroke key) {
        return key.getKeyType() == KeyType.F1;
    }
}
