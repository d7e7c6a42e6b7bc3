package com.actionpack.tui.text;

import com.googlecode.lanterna.TerminalTextUtils;

import java.util.ArrayList;
import java.util.List;

/**
 * Word-wraps already-safe text to a number of terminal columns (wide characters count two), the
 * one wrapper every screen, dialog and message uses. A wrapped line keeps the indent of the line
 * it continues, and a bullet's continuation lines line up under its text ({@code "* "},
 * {@code "- "}), so lists stay readable when they wrap. Nothing is dropped: a word longer than
 * the width is split across lines.
 */
public final class Wrap {

    private Wrap() {
    }

    /** The lines of {@code text} (line feeds kept as breaks) wrapped to {@code columns}. */
    public static List<String> lines(String text, int columns) {
        int width = Math.max(4, columns);
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            wrapLine(line.stripTrailing(), width, out);
        }
        return out;
    }

    /** {@link #lines} joined with line feeds. */
    public static String text(String text, int columns) {
        return String.join("\n", lines(text, columns));
    }

    private static void wrapLine(String line, int width, List<String> out) {
        if (Fit.width(line) <= width) {
            out.add(line);
            return;
        }
        int indent = indentOf(line);
        // An indent that leaves too little room is not kept: the text matters more.
        if (indent > width / 2) {
            indent = 0;
        }
        String body = line.substring(Math.min(indent, line.length()));
        String first = line.substring(0, Math.min(indent, line.length()));
        String pad = " ".repeat(indent);
        List<String> parts = TerminalTextUtils.getWordWrappedText(width - indent, body);
        for (int i = 0; i < parts.size(); i++) {
            out.add((i == 0 ? first : pad) + parts.get(i));
        }
    }

    /** Leading spaces, plus the bullet and its space when the line is a list item. */
    private static int indentOf(String line) {
        int spaces = 0;
        while (spaces < line.length() && line.charAt(spaces) == ' ') {
            spaces++;
        }
        if (line.startsWith("* ", spaces) || line.startsWith("- ", spaces)) {
            return spaces + 2;
        }
        return spaces;
    }
}
