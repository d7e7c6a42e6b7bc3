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

    static boolean isF1(KeyStroke key) {
        return key.getKeyType() == KeyType.F1;
    }
}
