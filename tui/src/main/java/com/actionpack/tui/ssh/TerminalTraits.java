package com.actionpack.tui.ssh;

import java.util.Map;

/** What the client's environment says about its terminal. */
final class TerminalTraits {

    private TerminalTraits() {
    }

    /**
     * No colour when the client sends NO_COLOR (see https://no-color.org) or its TERM is one
     * without colour: dumb, the VT100 family, or a "-mono"/"-m" variant.
     */
    static boolean monochrome(Map<String, String> env) {
        return com.actionpack.tui.shell.ConsoleSettings.monochromeRequested(env);
    }

    /** True when the client asked for a PTY: it then sent TERM and the window size. */
    static boolean hasPty(Map<String, String> env, boolean ptyModesSent) {
        return ptyModesSent || (env.containsKey("COLUMNS") && env.containsKey("LINES"));
    }

    static int number(String value, int fallback) {
        try {
            int n = Integer.parseInt(value);
            return n > 0 ? n : fallback;
        } catch (NumberFormatException | NullPointerException e) {
            return fallback;
        }
    }
}
