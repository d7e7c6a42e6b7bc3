package com.actionpack.tui.form;

import com.actionpack.tui.shell.TextEntry;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.ThemeDefinition;
import com.googlecode.lanterna.gui2.AbstractInteractableComponent;
import com.googlecode.lanterna.gui2.InteractableRenderer;
import com.googlecode.lanterna.gui2.TextGUIGraphics;
import com.googlecode.lanterna.input.KeyStroke;

/**
 * A card number box that masks every digit as it is typed except the last four, so the number
 * is never on screen in full (R8): {@code **** **** **** 1111}. Takes digits, spaces and dashes;
 * Backspace deletes. The typed number lives only in this component until checkout.
 */
public final class CardNumberField extends AbstractInteractableComponent<CardNumberField> implements TextEntry {

    private static final int MAX_LENGTH = 23;
    private static final int SHOWN = 4;

    private final StringBuilder typed = new StringBuilder();
    private final int width;

    public CardNumberField(int width) {
        this.width = width;
    }

    public String getText() {
        return typed.toString();
    }

    public void setText(String text) {
        typed.setLength(0);
        typed.append(text == null ? "" : text);
        invalidate();
    }

    /** What is drawn: digits masked except the last four typed; separators kept. */
    public String masked() {
        int digits = (int) typed.chars().filter(Character::isDigit).count();
        StringBuilder out = new StringBuilder();
        int seen = 0;
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (Character.isDigit(c)) {
                seen++;
                out.append(seen > digits - SHOWN ? c : '*');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    protected Result handleKeyStroke(KeyStroke key) {
        switch (key.getKeyType()) {
            case Character:
                char c = key.getCharacter();
                if (!key.isCtrlDown() && !key.isAltDown() && (Character.isDigit(c) || c == ' ' || c == '-')) {
                    if (typed.length() < MAX_LENGTH) {
                        typed.append(c);
                        invalidate();
                    }
                    return Result.HANDLED;
                }
                return Result.UNHANDLED;
            case Backspace:
                if (typed.length() > 0) {
                    typed.setLength(typed.length() - 1);
                    invalidate();
                }
                return Result.HANDLED;
            default:
                return super.handleKeyStroke(key);
        }
    }

    @Override
    protected InteractableRenderer<CardNumberField> createDefaultRenderer() {
        return new InteractableRenderer<>() {
            @Override
            public TerminalPosition getCursorLocation(CardNumberField component) {
                return new TerminalPosition(Math.min(typed.length(), width - 1), 0);
            }

            @Override
            public TerminalSize getPreferredSize(CardNumberField component) {
                return new TerminalSize(width, 1);
            }

            @Override
            public void drawComponent(TextGUIGraphics graphics, CardNumberField component) {
                ThemeDefinition theme = getThemeDefinition();
                graphics.applyThemeStyle(isFocused() ? theme.getActive() : theme.getNormal());
                graphics.fill(' ');
                String shown = masked();
                if (shown.length() > graphics.getSize().getColumns()) {
                    shown = shown.substring(shown.length() - graphics.getSize().getColumns());
                }
                graphics.putString(0, 0, shown.isEmpty() ? "" : shown);
                if (shown.isEmpty()) {
                    graphics.putString(0, 0, "_".repeat(Math.min(width, graphics.getSize().getColumns())));
                }
            }
        };
    }
}
