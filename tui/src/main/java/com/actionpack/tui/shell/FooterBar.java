package com.actionpack.tui.shell;

import com.actionpack.tui.text.Fit;
import com.actionpack.tui.text.Wrap;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.AbstractComponent;
import com.googlecode.lanterna.gui2.ComponentRenderer;
import com.googlecode.lanterna.gui2.TextGUIGraphics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The bottom of the frame: the notice (errors and notices) and the key line. A notice wraps
 * onto up to {@value #MAX_NOTICE_LINES} lines, so its end (what to do) is never lost; a longer
 * one ends with "F2 reads it all". Keys that do not fit are left out, except help, which lists
 * them all.
 *
 * <p>While a text field has the focus the key line shows only the keys that work in a field
 * (printable keys are text there), so the footer never promises a key that would be typed.
 * While a dialog is open over the screen it shows the dialog's keys (a prompt's field, or a
 * question's buttons), never the screen's, which do not reach the screen then.
 */
final class FooterBar extends AbstractComponent<FooterBar> {

    static final int MAX_NOTICE_LINES = 3;

    /** Where the keys go now. */
    enum Focus {
        /** The screen, not a text field: its own keys, then the shell's. */
        SCREEN,
        /** A text field of the screen: printable keys are text. */
        FIELD,
        /** A prompt's text field in a dialog over the screen. */
        DIALOG_FIELD,
        /** A dialog's buttons (a question, a message, help). */
        DIALOG,
        /**
         * The screen is not shown: the terminal is below the minimum, or a refusal or a fault
         * stands in its place. Only going back, quitting and help work, so only they are shown
         * (never a screen key that would do nothing, or act on what cannot be seen).
         */
        NOT_SHOWN
    }

    /** The keys that still work while the screen is not shown, as the screen's list names them. */
    private static final java.util.Set<String> WORK_WHEN_NOT_SHOWN = java.util.Set.of("Esc", "q");

    /** The keys the README promises in every text field, besides F1: kept when others are dropped. */
    private static final java.util.Set<String> PROMISED_IN_FIELDS = java.util.Set.of("Esc", "Ctrl-U", "Ctrl-C");
    private static final List<KeyHelp> DIALOG_FIELD_KEYS = List.of(KeyHelp.of("Enter", "Apply"),
            KeyHelp.of("Esc", "Cancel"), KeyHelp.of("Ctrl-U", "Clear field"), KeyHelp.of("Ctrl-C", "Quit"));
    private static final List<KeyHelp> DIALOG_KEYS = List.of(KeyHelp.of("Tab", "Next button"),
            KeyHelp.of("Enter", "Press button"), KeyHelp.of("Esc", "Close"), KeyHelp.of("Ctrl-C", "Quit"));
    static final String MORE = "F2 reads it all";
    private static final String GAP = "  ";

    private final Palette palette;
    private final Notices notices;
    private final Supplier<Focus> focus;
    private List<KeyHelp> keys = List.of();
    private List<KeyHelp> typingKeys = List.of();
    private KeyHelp alwaysShown;
    private KeyHelp alwaysShownTyping;
    private int lastWidth;

    FooterBar(Palette palette, Notices notices, Supplier<Focus> focus, int initialWidth) {
        this.palette = palette;
        this.notices = notices;
        this.focus = focus;
        this.lastWidth = initialWidth;
        notices.addListener(this::invalidate);
    }

    /**
     * Keys in order of importance, for a screen and for when a text field has the focus; the
     * {@code alwaysShown} ones are kept last even on a narrow screen.
     */
    void setKeys(List<KeyHelp> keys, KeyHelp alwaysShown, List<KeyHelp> typingKeys, KeyHelp alwaysShownTyping) {
        this.keys = List.copyOf(keys);
        this.alwaysShown = alwaysShown;
        this.typingKeys = List.copyOf(typingKeys);
        this.alwaysShownTyping = alwaysShownTyping;
        invalidate();
    }

    /** The keys that fit in {@code width} columns, in display order, for the current focus. */
    List<KeyHelp> visibleKeys(int width) {
        Focus now = focus.get();
        List<KeyHelp> candidates = switch (now) {
            case SCREEN -> keys;
            case FIELD -> typingKeys;
            case DIALOG_FIELD -> DIALOG_FIELD_KEYS;
            case DIALOG -> DIALOG_KEYS;
            case NOT_SHOWN -> keys.stream().filter(k -> WORK_WHEN_NOT_SHOWN.contains(k.keys())).toList();
        };
        // F1 helps everywhere; '?' only where it is not typed or caught by a dialog.
        KeyHelp last = now == Focus.SCREEN || now == Focus.NOT_SHOWN ? alwaysShown : alwaysShownTyping;
        int reserved = last == null ? 0 : itemWidth(last);
        List<KeyHelp> shown = new ArrayList<>(candidates);
        // Too many for the width: the screen's keys go first, from the end; the keys every field
        // promises (Esc, Ctrl-U, Ctrl-C) go last, so the footer never drops what the README promises.
        while (!shown.isEmpty() && 1 + widthOf(shown) + reserved > width - 1) { // the last column stays empty
            int drop = shown.size() - 1;
            for (int i = shown.size() - 1; i >= 0; i--) {
                if (now == Focus.SCREEN || now == Focus.DIALOG || now == Focus.NOT_SHOWN || !PROMISED_IN_FIELDS.contains(shown.get(i).keys())) {
                    drop = i;
                    break;
                }
            }
            shown.remove(drop);
        }
        if (last != null) {
            shown.add(last);
        }
        return shown;
    }

    /** The notice as drawn at {@code width}: wrapped, at most {@value #MAX_NOTICE_LINES} lines. */
    List<String> noticeLines(int width) {
        if (notices.current().isEmpty()) {
            return List.of("");
        }
        Notices.Notice notice = notices.current().get();
        String text = (notice.kind() == Notices.Kind.ERROR ? "Error: " : "") + notice.text();
        List<String> lines = Wrap.lines(text, width - 3);
        if (lines.size() <= MAX_NOTICE_LINES) {
            return lines;
        }
        List<String> shown = new ArrayList<>(lines.subList(0, MAX_NOTICE_LINES));
        int room = width - 3 - 2 - Fit.width(MORE);
        String last = Fit.truncate(shown.get(MAX_NOTICE_LINES - 1), room);
        shown.set(MAX_NOTICE_LINES - 1, (last.endsWith("…") ? last : last + "…") + " " + MORE);
        return shown;
    }

    /** True when the notice is longer than the footer shows (F2 then opens it whole). */
    boolean noticeCut(int width) {
        return notices.current().isPresent()
                && Wrap.lines((notices.current().get().kind() == Notices.Kind.ERROR ? "Error: " : "")
                        + notices.current().get().text(), width - 3).size() > MAX_NOTICE_LINES;
    }

    private static int widthOf(List<KeyHelp> keys) {
        return keys.stream().mapToInt(k -> itemWidth(k) + GAP.length()).sum();
    }

    private static int itemWidth(KeyHelp key) {
        return Fit.width(" " + key.keys() + " ") + 1 + Fit.width(key.action());
    }

    @Override
    protected ComponentRenderer<FooterBar> createDefaultRenderer() {
        return new ComponentRenderer<>() {
            @Override
            public TerminalSize getPreferredSize(FooterBar bar) {
                return new TerminalSize(1, noticeLines(lastWidth).size() + 1);
            }

            @Override
            public void drawComponent(TextGUIGraphics graphics, FooterBar bar) {
                int width = graphics.getSize().getColumns();
                if (width != lastWidth) {
                    lastWidth = width;
                    invalidate();
                }
                int rows = graphics.getSize().getRows();
                drawNotice(graphics, width, rows - 1);
                drawKeys(graphics, width, rows - 1);
            }
        };
    }

    private void drawNotice(TextGUIGraphics graphics, int width, int rows) {
        palette.footer().applyTo(graphics);
        for (int row = 0; row < rows; row++) {
            graphics.drawLine(0, row, width - 1, row, ' ');
        }
        notices.current().ifPresent(notice -> {
            boolean error = notice.kind() == Notices.Kind.ERROR;
            (error ? palette.error() : palette.info()).applyTo(graphics);
            List<String> lines = noticeLines(width);
            for (int row = 0; row < Math.min(rows, lines.size()); row++) {
                graphics.putString(0, row, Fit.truncate(" " + lines.get(row) + " ", width));
            }
        });
    }

    private void drawKeys(TextGUIGraphics graphics, int width, int row) {
        palette.footer().applyTo(graphics);
        graphics.drawLine(0, row, width - 1, row, ' ');
        int column = 1;
        for (KeyHelp key : visibleKeys(width)) {
            String label = " " + key.keys() + " ";
            palette.key().applyTo(graphics);
            graphics.putString(column, row, label);
            column += Fit.width(label);
            palette.footer().applyTo(graphics);
            String action = " " + key.action();
            graphics.putString(column, row, Fit.truncate(action, Math.max(0, width - column)));
            column += Fit.width(action) + GAP.length();
        }
    }
}
