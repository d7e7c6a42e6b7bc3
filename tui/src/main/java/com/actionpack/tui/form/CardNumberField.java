package com.actionpack.tui.form;

import com.actionpack.tui.shell.TextEntry;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.ThemeDefinition;
import com.googlecode.lanterna.gui2.AbstractInteractableComponent;
import com.googlecode.lanterna.gui2.Interactable;
import com.googlecode.lanterna.gui2.InteractableRenderer;
import com.googlecode.lanterna.gui2.TextGUIGraphics;
import com.googlecode.lanterna.input.KeyStroke;

/**
 * A card number box. While it has the focus the digits show in groups of four
 * ({@code 4111 1111 1111 1112}), so a mistyped digit can be seen and fixed; once the focus
 * leaves, every digit but the last four is masked ({@code **** **** **** 1112}), and later
 * screens only ever name the last four (R8). Takes digits (spaces and dashes typed or pasted
 * are ignored, the grouping is drawn); Backspace deletes a digit, Ctrl-U clears. The number
 * lives only in this component until checkout.
 */
public final class CardNumberField extends AbstractInteractableComponent<CardNumberField> implements TextEntry {

    /** The longest card number (ISO/IEC 7812). */
    private static final int MAX_DIGITS = 19;
    private static final int SHOWN = 4;

    private final StringBuilder digits = new StringBuilder();
    private final int width;

    public CardNumberField(int width) {
        this.width = width;
    }

    /** The digits typed, without separators. */
    public String getText() {
        return digits.toString();
    }

    public void setText(String text) {
        digits.setLength(0);
        if (text != null) {
            text.chars().filter(Character::isDigit).limit(MAX_DIGITS).forEach(c -> digits.append((char) c));
        }
        invalidate();
    }

    @Override
    public void clearText() {
        setText("");
    }

    /** The digits in groups of four: what is drawn while the field has the focus. */
    public String grouped() {
        return group(digits.toString());
    }

    /** Every digit but the last four masked, in groups: what is drawn once the focus left. */
    public String masked() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            out.append(i >= digits.length() - SHOWN ? digits.charAt(i) : '*');
        }
        return group(out.toString());
    }

    /** What the field shows now. */
    public String shown() {
        return isFocused() ? grouped() : masked();
    }

    private static String group(String chars) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < chars.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                out.append(' ');
            }
            out.append(chars.charAt(i));
        }
        return out.toString();
    }

    @Override
    protected void afterLeaveFocus(FocusChangeDirection direction, Interactable nextInFocus) {
        invalidate();
    }

    @Override
    protected void afterEnterFocus(FocusChangeDirection direction, Interactable previouslyInFocus) {
        invalidate();
    }

    @Override
    protected Result handleKeyStroke(KeyStroke key) {
        switch (key.getKeyType()) {
            case Character:
                char c = key.getCharacter();
                if (key.isCtrlDown() || key.isAltDown()) {
                    return Result.UNHANDLED;
                }
                if (Character.isDigit(c) && digits.length() < MAX_DIGITS) {
                    digits.append(c);
                    invalidate();
                }
                // Any other printable key is swallowed: it is typing, not a shortcut.
                return Result.HANDLED;
            case Backspace:
                if (digits.length() > 0) {
                    digits.setLength(digits.length() - 1);
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
                return new TerminalPosition(Math.min(grouped().length(), width - 1), 0);
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
                String shown = shown();
                int columns = graphics.getSize().getColumns();
                if (shown.isEmpty()) {
                    graphics.putString(0, 0, "_".repeat(Math.min(width, columns)));
                } else {
                    // Never cut: the end (where typing happens) stays in view.
                    graphics.putString(0, 0, shown.length() > columns ? shown.substring(shown.length() - columns) : shown);
                }
            }
        };
    }
}
