package com.actionpack.tui.shell;

import com.actionpack.tui.text.Fit;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.AbstractComponent;
import com.googlecode.lanterna.gui2.ComponentRenderer;
import com.googlecode.lanterna.gui2.TextGUIGraphics;

import java.util.ArrayList;
import java.util.List;

/**
 * The bottom of the frame: the notice line (errors and notices) and the key line. Keys that do
 * not fit are left out, except help, which lists them all.
 */
final class FooterBar extends AbstractComponent<FooterBar> {

    private static final String GAP = "  ";

    private final Palette palette;
    private final Notices notices;
    private List<KeyHelp> keys = List.of();
    private KeyHelp alwaysShown;

    FooterBar(Palette palette, Notices notices) {
        this.palette = palette;
        this.notices = notices;
        notices.addListener(this::invalidate);
    }

    /** Keys in order of importance; {@code alwaysShown} is kept last even on a narrow screen. */
    void setKeys(List<KeyHelp> keys, KeyHelp alwaysShown) {
        this.keys = List.copyOf(keys);
        this.alwaysShown = alwaysShown;
        invalidate();
    }

    /** The keys that fit in {@code width} columns, in display order. */
    List<KeyHelp> visibleKeys(int width) {
        int reserved = alwaysShown == null ? 0 : itemWidth(alwaysShown);
        List<KeyHelp> shown = new ArrayList<>();
        int used = 1;
        for (KeyHelp key : keys) {
            int w = itemWidth(key) + GAP.length();
            if (used + w + reserved > width) {
                break;
            }
            shown.add(key);
            used += w;
        }
        if (alwaysShown != null) {
            shown.add(alwaysShown);
        }
        return shown;
    }

    private static int itemWidth(KeyHelp key) {
        return Fit.width(" " + key.keys() + " ") + 1 + Fit.width(key.action());
    }

    @Override
    protected ComponentRenderer<FooterBar> createDefaultRenderer() {
        return new ComponentRenderer<>() {
            @Override
            public TerminalSize getPreferredSize(FooterBar bar) {
                return new TerminalSize(1, 2);
            }

            @Override
            public void drawComponent(TextGUIGraphics graphics, FooterBar bar) {
                int width = graphics.getSize().getColumns();
                drawNotice(graphics, width);
                drawKeys(graphics, width, graphics.getSize().getRows() - 1);
            }
        };
    }

    private void drawNotice(TextGUIGraphics graphics, int width) {
        palette.footer().applyTo(graphics);
        graphics.drawLine(0, 0, width - 1, 0, ' ');
        notices.current().ifPresent(notice -> {
            boolean error = notice.kind() == Notices.Kind.ERROR;
            String text = (error ? " Error: " : " ") + notice.text() + " ";
            (error ? palette.error() : palette.info()).applyTo(graphics);
            graphics.putString(0, 0, Fit.truncate(text, width));
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
