package com.actionpack.tui.form;

import com.actionpack.tui.text.SafeText;
import com.actionpack.tui.text.Wrap;
import com.googlecode.lanterna.gui2.Label;
import java.time.LocalDate;

/**
 * Labels for screens: every text is escaped with {@link SafeText} first, since most of it
 * quotes database values, then word-wrapped to a width that fits an 80-column terminal.
 */
public final class Text {

    /** Fits inside the 80-column frame with a margin. */
    public static final int WIDTH = 76;

    private Text() {
    }

    /** A one-line label; control characters escaped. */
    public static Label line(String text) {
        return new Label(SafeText.line(text));
    }

    /** A paragraph wrapped at {@link #WIDTH}, every line indented by one column; controls escaped. */
    public static Label paragraph(String text) {
        return new Label(indent(wrap(text.strip(), WIDTH - 1), " "));
    }

    public static String indent(String lines, String prefix) {
        return prefix + lines.replace("\n", "\n" + prefix);
    }

    public static String wrap(String text, int width) {
        return Wrap.text(SafeText.block(text), width);
    }

    public static String date(LocalDate day) {
        return day == null ? "-" : day.toString();
    }
}
