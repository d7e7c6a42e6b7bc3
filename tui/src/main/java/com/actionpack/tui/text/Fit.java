package com.actionpack.tui.text;

import com.googlecode.lanterna.TerminalTextUtils;

/**
 * Fits already-safe text into a number of terminal columns, counting wide (CJK) characters as two
 * columns, so that a long name never pushes a table column out of line.
 */
public final class Fit {

    private static final String ELLIPSIS = "…";

    private Fit() {
    }

    /** Display width in columns. */
    public static int width(String text) {
        return TerminalTextUtils.getColumnWidth(text);
    }

    /** Cuts text that is too wide and marks the cut with an ellipsis. */
    public static String truncate(String text, int columns) {
        if (columns <= 0) {
            return "";
        }
        if (width(text) <= columns) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int used = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            int w = width(ch);
            if (used + w > columns - 1) {
                break;
            }
            out.append(ch);
            used += w;
            i += Character.charCount(cp);
        }
        return out.append(ELLIPSIS).toString();
    }

    /** Truncates then pads with spaces to exactly {@code columns} wide, left-aligned. */
    public static String padRight(String text, int columns) {
        String cut = truncate(text, columns);
        return cut + " ".repeat(Math.max(0, columns - width(cut)));
    }

    /** Truncates then pads with spaces to exactly {@code columns} wide, right-aligned. */
    public static String padLeft(String text, int columns) {
        String cut = truncate(text, columns);
        return " ".repeat(Math.max(0, columns - width(cut))) + cut;
    }
}
