package com.actionpack.tui.shell;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.TextColor.ANSI;
import com.googlecode.lanterna.graphics.SimpleTheme;
import com.googlecode.lanterna.graphics.Theme;
import com.googlecode.lanterna.gui2.Button;
import com.googlecode.lanterna.gui2.TextBox;

/**
 * The looks of one session: styles for what the shell draws itself and the Lanterna theme for
 * components. Two variants: colour, and monochrome for NO_COLOR, where everything keeps the
 * terminal's own colours and selection is reverse video. Each call builds new objects because
 * Lanterna themes are mutable and sessions must not share state.
 */
public record Palette(
        Style title,
        Style banner,
        Style info,
        Style error,
        Style key,
        Style footer,
        Theme theme) {

    public static Palette forSettings(ConsoleSettings settings) {
        return settings.monochrome() ? monochrome() : colour();
    }

    public static Palette colour() {
        SimpleTheme theme = new SimpleTheme(ANSI.DEFAULT, ANSI.DEFAULT);
        TextColor selectedFg = ANSI.WHITE_BRIGHT;
        TextColor selectedBg = ANSI.BLUE;
        theme.getDefaultDefinition()
                .setSelected(selectedFg, selectedBg, SGR.BOLD)
                .setActive(selectedFg, selectedBg, SGR.BOLD)
                .setPreLight(selectedFg, selectedBg, SGR.BOLD)
                .setInsensitive(ANSI.BLACK_BRIGHT, ANSI.DEFAULT);
        theme.addOverride(TextBox.class, ANSI.BLACK, ANSI.WHITE)
                .setActive(ANSI.BLACK, ANSI.CYAN_BRIGHT)
                .setSelected(ANSI.BLACK, ANSI.CYAN_BRIGHT);
        // No window shadow: a dialog tall enough to reach the footer drew its shadow over the
        // footer's keys, cutting them mid-word (the frame marks a dialog's edge well enough).
        theme.getDefaultDefinition().setRenderer(Button.class, type -> new TightButtonRenderer());
        return new Palette(
                Style.of(ANSI.WHITE_BRIGHT, ANSI.BLUE, SGR.BOLD),
                Style.of(ANSI.BLACK, ANSI.YELLOW, SGR.BOLD),
                Style.of(ANSI.GREEN_BRIGHT, ANSI.DEFAULT, SGR.BOLD),
                Style.of(ANSI.WHITE_BRIGHT, ANSI.RED, SGR.BOLD),
                Style.of(ANSI.BLACK, ANSI.CYAN),
                Style.plain(),
                theme);
    }

    public static Palette monochrome() {
        SimpleTheme theme = new SimpleTheme(ANSI.DEFAULT, ANSI.DEFAULT);
        theme.getDefaultDefinition()
                .setSelected(ANSI.DEFAULT, ANSI.DEFAULT, SGR.REVERSE)
                .setActive(ANSI.DEFAULT, ANSI.DEFAULT, SGR.REVERSE)
                .setPreLight(ANSI.DEFAULT, ANSI.DEFAULT, SGR.REVERSE)
                .setInsensitive(ANSI.DEFAULT, ANSI.DEFAULT);
        // Underline shows how far a field reaches when there is no background colour to do it.
        theme.addOverride(TextBox.class, ANSI.DEFAULT, ANSI.DEFAULT, SGR.UNDERLINE)
                .setActive(ANSI.DEFAULT, ANSI.DEFAULT, SGR.UNDERLINE, SGR.BOLD)
                .setSelected(ANSI.DEFAULT, ANSI.DEFAULT, SGR.UNDERLINE, SGR.BOLD);
        theme.getDefaultDefinition().setRenderer(Button.class, type -> new TightButtonRenderer());
        // No shadow: Lanterna draws it in black.
        return new Palette(
                Style.plain(SGR.REVERSE),
                Style.plain(SGR.BOLD, SGR.UNDERLINE),
                Style.plain(SGR.BOLD),
                Style.plain(SGR.REVERSE, SGR.BOLD),
                Style.plain(SGR.REVERSE),
                Style.plain(),
                theme);
    }
}
