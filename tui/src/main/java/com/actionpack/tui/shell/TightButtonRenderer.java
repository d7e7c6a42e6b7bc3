package com.actionpack.tui.shell;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.gui2.Button;

/**
 * Lanterna's button look, exactly as wide as its label: {@code <Renew>}, not Lanterna's minimum
 * of eight columns that pads a short label to {@code <Renew >}. Every button gets it from the
 * session's theme ({@link Palette}).
 */
public final class TightButtonRenderer extends Button.DefaultButtonRenderer {

    @Override
    public TerminalSize getPreferredSize(Button button) {
        return new TerminalSize(TerminalTextUtils.getColumnWidth(button.getLabel()) + 2, 1);
    }
}
