package com.actionpack.reports.spi;

/**
 * Makes user-typed text safe to print in a text format that people {@code cat} or open in a
 * terminal: control characters other than tab, line feed and carriage return become visible
 * symbols instead of acting on the terminal. C0 controls and DEL become their Unicode Control
 * Pictures ({@code ESC} is {@code ␛} U+241B, {@code NUL} is {@code ␀}, {@code DEL} is {@code ␡});
 * C1 controls (U+0080..U+009F, such as the one-byte CSI U+009B) become U+FFFD. Bidirectional
 * controls (the overrides U+202A..U+202E, the isolates U+2066..U+2069, the marks U+200E, U+200F
 * and U+061C), which would reorder what a terminal shows ("Trojan Source"), are written as the
 * console shows them: {@code <U+202E>}. Every file written for people (text invoices, CSV cells)
 * goes through here.
 *
 * <p>Thread-safe and stateless; returns the same string, without copying, when nothing needs
 * replacing (the common case).
 *
 * @since 1.1
 */
public final class PrintableText {

    private PrintableText() {
    }

    /**
     * The text with its control characters made visible.
     *
     * @param text any text; null gives ""
     * @return the printable text; never null
     */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        int length = text.length();
        int i = 0;
        while (i < length && !isControl(text.charAt(i)) && !isBidiControl(text.charAt(i))) {
            i++;
        }
        if (i == length) {
            return text;
        }
        StringBuilder out = new StringBuilder(length);
        out.append(text, 0, i);
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (isBidiControl(c)) {
                out.append(String.format("<U+%04X>", (int) c));
            } else {
                out.append(isControl(c) ? picture(c) : c);
            }
        }
        return out.toString();
    }

    /**
     * Whether {@link #of} replaces {@code c}.
     *
     * @param c a character
     * @return true for C0 controls except tab, LF and CR, for DEL, and for C1 controls
     */
    public static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }

    /**
     * Whether {@link #of} writes {@code c} as {@code <U+XXXX>}.
     *
     * @param c a character
     * @return true for the bidirectional embeddings, overrides, isolates and marks
     */
    public static boolean isBidiControl(char c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                || c == 0x061C;
    }

    private static char picture(char c) {
        if (c < 0x20) {
            return (char) (0x2400 + c);
        }
        return c == 0x7F ? '\u2421' : '\uFFFD';
    }
}
