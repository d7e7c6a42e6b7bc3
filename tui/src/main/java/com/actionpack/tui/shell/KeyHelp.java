package com.actionpack.tui.shell;

import java.util.Objects;

/**
 * One key and what it does, as shown in the footer and in help.
 *
 * @param keys   how the key is written for people, e.g. {@code "Enter"}, {@code "d"}, {@code "F1"}
 * @param action what it does here, short, e.g. {@code "Download invoice"}
 */
public record KeyHelp(String keys, String action) {

    public KeyHelp {
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(action, "action");
    }

    public static KeyHelp of(String keys, String action) {
        return new KeyHelp(keys, action);
    }
}
