package com.actionpack.tui.form;

import com.actionpack.tui.text.Fit;
import com.actionpack.tui.text.SafeText;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.ThemeDefinition;
import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.gui2.TextGUIGraphics;

/**
 * The console's text field: a Lanterna {@link TextBox} that holds exactly what was typed (an
 * emoji, a joined sequence, an ESC) but draws it as every other screen does, through
 * {@link SafeText}: 😀 shows as {@code :grinning face:} while it is typed, never as Lanterna's
 * {@code ??}; a control character as {@code ^[}; CJK counts two columns. The cursor stands after
 * the drawn form of the text before the caret, and the view scrolls to keep it in sight.
 *
 * <p>Every editable field of the console is one of these (ArchitectureTest checks it). A field of
 * more than one line (read-only help text) draws as Lanterna does.
 */
public class SafeTextBox extends TextBox {

    /** An empty one-line field {@code size.getColumns()} wide. */
    public SafeTextBox(TerminalSize size) {
        this(size, "");
    }

    /** A field holding {@code initial} as it is (raw; it is drawn escaped); null is empty. */
    public SafeTextBox(TerminalSize size, String initial) {
        super(size, initial == null ? "" : initial);
        setRenderer(new Renderer());
    }

    /**
     * Draws a one-line field from {@link SafeText#line} of its text; more lines go to
     * Lanterna's own renderer.
     */
    static final class Renderer implements TextBox.TextBoxRenderer {

        private final DefaultTextBoxRenderer lanterna = new DefaultTextBoxRenderer();
        /** The first drawn column shown, in the escaped form's columns. */
        private int viewLeft;

        @Override
        public TerminalPosition getViewTopLeft() {
            return lanterna.getViewTopLeft();
        }

        @Override
        public void setViewTopLeft(TerminalPosition position) {
            lanterna.setViewTopLeft(position);
        }

        @Override
        public TerminalPosition getCursorLocation(TextBox box) {
            if (box.getLineCount() > 1 || box.getSize().getRows() > 1) {
                return lanterna.getCursorLocation(box);
            }
            if (box.isReadOnly()) {
                return null;
            }
            int caret = caretColumn(box);
            scrollTo(caret, box.getSize().getColumns());
            return new TerminalPosition(caret - viewLeft, 0);
        }

        @Override
        public TerminalSize getPreferredSize(TextBox box) {
            if (box.getLineCount() > 1) {
                return lanterna.getPreferredSize(box);
            }
            return new TerminalSize(Math.max(1, Fit.width(drawn(box, box.getLine(0))) + 1), 1);
        }

        @Override
        public void drawComponent(TextGUIGraphics graphics, TextBox box) {
            if (box.getLineCount() > 1 || box.getSize().getRows() > 1) {
                lanterna.drawComponent(graphics, box);
                return;
            }
            ThemeDefinition theme = box.getThemeDefinition();
            if (box.isFocused()) {
                graphics.applyThemeStyle(box.isReadOnly() ? theme.getSelected() : theme.getActive());
            } else {
                graphics.applyThemeStyle(box.isReadOnly() ? theme.getInsensitive() : theme.getNormal());
            }
            int width = graphics.getSize().getColumns();
            graphics.fill(' ');
            scrollTo(caretColumn(box), width);
            graphics.putString(0, 0, slice(drawn(box, box.getLine(0)), viewLeft, width));
        }

        private void scrollTo(int caret, int width) {
            if (caret < viewLeft) {
                viewLeft = caret;
            } else if (width > 0 && caret >= viewLeft + width) {
                viewLeft = caret - width + 1;
            }
        }

        /** Where the caret stands in drawn columns: after the drawn form of what precedes it. */
        private static int caretColumn(TextBox box) {
            String line = box.getLineCount() == 0 ? "" : box.getLine(0);
            int caret = Math.min(box.getCaretPosition().getColumn(), line.length());
            return Fit.width(drawn(box, line.substring(0, caret)));
        }

        /** The masked form (one mask character per character typed), else the escaped one. */
        private static String drawn(TextBox box, String text) {
            Character mask = box.getMask();
            if (mask != null) {
                return String.valueOf(mask).repeat(text.codePointCount(0, text.length()));
            }
            return SafeText.line(text);
        }

        /** The part of already-safe {@code text} from column {@code from}, at most {@code width} wide. */
        private static String slice(String text, int from, int width) {
            StringBuilder out = new StringBuilder();
            int column = 0;
            int used = 0;
            for (int i = 0; i < text.length(); i++) {
                String ch = String.valueOf(text.charAt(i));
                int w = Fit.width(ch);
                if (column >= from) {
                    if (used + w > width) {
                        break;
                    }
                    out.append(ch);
                    used += w;
                } else if (column + w > from) {
                    out.append(' ');                // half of a wide character scrolled off
                    used++;
                }
                column += w;
            }
            return out.toString();
        }
    }
}
