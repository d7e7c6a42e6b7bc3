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
 * the drawn form of the text before the caret, and the view scrolls to keep it in sight. Text
 * the box is too narrow to show is marked, as everywhere on screen: a {@code …} in the first
 * column when text is hidden to the left, in the last when text is hidden to the right; the
 * caret never stands on a mark.
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

        private static final String ELLIPSIS = "…";
        /** Narrower than this, a box has no room for marks and the caret between them. */
        private static final int MIN_MARKED_WIDTH = 3;

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
            String text = drawn(box, box.getLine(0));
            int caret = caretColumn(box);
            scrollTo(caret, caretCell(box), Fit.width(text), box.getSize().getColumns());
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
            String text = drawn(box, box.getLine(0));
            int textWidth = Fit.width(text);
            scrollTo(caretColumn(box), caretCell(box), textWidth, width);
            if (width < MIN_MARKED_WIDTH) {
                graphics.putString(0, 0, slice(text, viewLeft, width));
                return;
            }
            boolean leftCut = viewLeft > 0;
            boolean rightCut = rightCut(textWidth, width);
            int from = viewLeft + (leftCut ? 1 : 0);
            int shown = width - (leftCut ? 1 : 0) - (rightCut ? 1 : 0);
            graphics.putString(leftCut ? 1 : 0, 0, slice(text, from, shown));
            if (leftCut) {
                graphics.putString(0, 0, ELLIPSIS);
            }
            if (rightCut) {
                graphics.putString(width - 1, 0, ELLIPSIS);
            }
        }

        /** Whether text lies beyond the last column of a view {@code width} wide. */
        private boolean rightCut(int textWidth, int width) {
            return width >= MIN_MARKED_WIDTH && textWidth > viewLeft + width;
        }

        /**
         * Moves the view so that the caret stands in it, off the marks: after a left mark, before
         * a right one (the whole of a wide character under it), and within the box when it stands
         * after the last character. A view wider
         * than what is left of the text moves back left, so no column stays empty while text is
         * hidden.
         */
        private void scrollTo(int caret, int cell, int textWidth, int width) {
            if (width <= 0) {
                return;
            }
            if (width < MIN_MARKED_WIDTH) {
                if (caret < viewLeft) {
                    viewLeft = caret;
                } else if (caret >= viewLeft + width) {
                    viewLeft = caret - width + 1;
                }
                return;
            }
            if (Math.max(textWidth, caret + 1) <= width) {
                viewLeft = 0;               // it all fits, the caret after the last character too
                return;
            }
            // The furthest the view need start: the text's end, then the caret after it, in the last column.
            viewLeft = Math.max(0, Math.min(viewLeft, textWidth + 1 - width));
            if (viewLeft > 0 && caret < viewLeft + 1) {
                viewLeft = Math.max(0, caret - 1);
            }
            int last = viewLeft + width - 1 - (rightCut(textWidth, width) ? 1 : 0);
            int caretEnd = caret + Math.min(cell, width - 2) - 1;
            if (caretEnd > last) {
                viewLeft = caretEnd - (width - 1);
                if (rightCut(textWidth, width)) {
                    viewLeft++;
                }
            }
        }

        /** Where the caret stands in drawn columns: after the drawn form of what precedes it. */
        private static int caretColumn(TextBox box) {
            String line = box.getLineCount() == 0 ? "" : box.getLine(0);
            int caret = Math.min(box.getCaretPosition().getColumn(), line.length());
            return Fit.width(drawn(box, line.substring(0, caret)));
        }

        /**
         * Columns of what stands under the caret: the first drawn character of the next
         * character typed (2 for a CJK character), 1 after the last.
         */
        private static int caretCell(TextBox box) {
            String line = box.getLineCount() == 0 ? "" : box.getLine(0);
            int caret = Math.min(box.getCaretPosition().getColumn(), line.length());
            if (caret >= line.length()) {
                return 1;
            }
            String next = drawn(box, new String(Character.toChars(line.codePointAt(caret))));
            return next.isEmpty() ? 1 : Math.max(1, Fit.width(new String(Character.toChars(next.codePointAt(0)))));
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
