package com.actionpack.tui.ssh;

import java.util.Locale;
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
        String noColor = env.get("NO_COLOR");
        if (noColor != null && !noColor.isEmpty()) {
            return true;
        }
        String term = env.getOrDefault("TERM", "").toLowerCase(Locale.ROOT);
        return term.equals("dumb") || term.matches("vt1\\d\\d|vt2\\d\\d") || term.endsWith("-mono")
                || term.endsWith("-m");
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
