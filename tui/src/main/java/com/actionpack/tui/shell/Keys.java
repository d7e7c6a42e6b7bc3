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
        if (isClearLine(key) && focused instanceof com.googlecode.lanterna.gui2.TextBox) {
            ((com.googlecode.lanterna.gui2.TextBox) focused).setText("");
            return true;
        }
        return false;
    }

    static boolean isF1(KeyStroke key) {
        return key.getKeyType() == KeyType.F1;
    }
}
