package com.actionpack.reports.spi;

/**
 * Makes user-typed text safe to print in a text format that people {@code cat} or open in a
 * terminal: control characters other than tab, line feed and carriage return become visible
 * symbols instead of acting on the terminal. C0 controls and DEL become their Unicode Control
 * Pictures ({@code ESC} is {@code ␛} U+241B, {@code NUL} is {@code ␀}, {@code DEL} is {@code ␡});
 * C1 controls (U+0080..U+009F, such as the one-byte CSI U+009B) become U+FFFD.
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
        while (i < length && !isControl(text.charAt(i))) {
            i++;
        }
        if (i == length) {
            return text;
        }
        StringBuilder out = new StringBuilder(length);
        out.append(text, 0, i);
        for (; i < length; i++) {
            char c = text.charAt(i);
            out.append(isControl(c) ? picture(c) : c);
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

    private static char picture(char c) {
        if (c < 0x20) {
            return (char) (0x2400 + c);
        }
        return c == 0x7F ? '\u2421' : '\uFFFD';
    }
}
