package com.actionpack.tui.text;

/**
 * Makes text from the database, files or users harmless to draw on a terminal.
 *
 * <p>Anything a terminal could interpret instead of print is replaced by a visible escape: C0
 * controls and DEL in caret notation ({@code ESC} becomes {@code ^[}, so an escape sequence turns
 * into plain characters such as {@code ^[[31m}), and C1 controls, bidirectional overrides and
 * other invisible format characters as {@code <U+202E>}. A lone surrogate becomes U+FFFD.
 * Printable text, including accents and CJK, is left as it is.
 */
public final class SafeText {

    private SafeText() {
    }

    /** Escapes everything that is not printable, line breaks included: for one-line fields. */
    public static String line(String text) {
        return escape(text, false);
    }

    /** As {@link #line}, but keeps line feeds (a CR LF pair becomes one LF): for paragraphs. */
    public static String block(String text) {
        return escape(text, true);
    }

    /** True when {@link #line} would change nothing. */
    public static boolean isSafeLine(String text) {
        return text == null || line(text).equals(text);
    }

    private static String escape(String text, boolean keepNewlines) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (keepNewlines && cp == '\r' && next < text.length() && text.charAt(next) == '\n') {
                cp = '\n';
                next++;
            }
            String replacement = keepNewlines && cp == '\n' ? null : replacement(cp);
            if (replacement == null) {
                out.appendCodePoint(cp);
            } else {
                out.append(replacement);
            }
            i = next;
        }
        return out.toString();
    }

    private static String replacement(int cp) {
        if (cp < 0x20) {
            return "^" + (char) (cp + 0x40);
        }
        if (cp == 0x7F) {
            return "^?";
        }
        if (cp >= 0x80 && cp <= 0x9F) {
            return codePoint(cp);
        }
        if (cp <= 0xFFFF && Character.isSurrogate((char) cp)) {
            return "\uFFFD";
        }
        switch (Character.getType(cp)) {
            case Character.FORMAT:               // bidi overrides and isolates, zero-width chars
            case Character.LINE_SEPARATOR:       // U+2028
            case Character.PARAGRAPH_SEPARATOR:  // U+2029
                return codePoint(cp);
            default:
                return null;
        }
    }

    private static String codePoint(int cp) {
        return String.format("<U+%04X>", cp);
    }
}
