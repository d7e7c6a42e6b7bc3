package com.actionpack.tui.text;

/**
 * Makes text from the database, files or users harmless to draw on a terminal.
 *
 * <p>Anything a terminal could interpret instead of print is replaced by a visible escape: C0
 * controls and DEL in caret notation ({@code ESC} becomes {@code ^[}, so an escape sequence turns
 * into plain characters such as {@code ^[[31m}), and C1 controls, bidirectional overrides and
 * other invisible format characters as {@code <U+202E>}. A lone surrogate becomes U+FFFD. A
 * character outside the Basic Multilingual Plane (an emoji) is named, since Lanterna cannot draw
 * it: {@code :grinning face:}, a joined sequence {@code :woman+personal computer:}.
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

    /** The longest {@link #oneLine} message, in characters, before it is cut with an ellipsis. */
    public static final int MAX_ONE_LINE = 300;

    /**
     * For messages from plugins, jar names and exceptions that must stay one line (an error line
     * on stderr, a plugin problem): line breaks become spaces, everything else is escaped as by
     * {@link #line}, and text longer than {@value #MAX_ONE_LINE} characters is cut with "…".
     */
    public static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        String safe = line(text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' '));
        return safe.length() > MAX_ONE_LINE ? safe.substring(0, MAX_ONE_LINE) + "…" : safe;
    }

    /**
     * "No space left on device": the exception's own words, never its class name (people read
     * this line; the class is in the log). Without a message, what kind of fault it was.
     */
    public static String oneLine(Throwable error) {
        String message = error.getMessage();
        if (message != null && !message.isBlank()) {
            return oneLine(message);
        }
        if (error instanceof OutOfMemoryError) {
            return "out of memory";
        }
        if (error instanceof StackOverflowError) {
            return "too deep a recursion (stack overflow)";
        }
        return error instanceof Error ? "an internal error without a message" : "an error without a message";
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
            if (cp > 0xFFFF) {
                // Lanterna draws a character outside the Basic Multilingual Plane (emoji, rare CJK)
                // as "??", one per UTF-16 half, with the wrong width: name it instead.
                next = pictograph(text, i, out);
                i = next;
                continue;
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

    private static final int ZWJ = 0x200D;

    /**
     * Writes one pictograph, with what joins it (zero-width joiners, skin tones, variation
     * selectors), as its Unicode names: 😀 as {@code :grinning face:}, 👩‍💻 as
     * {@code :woman+personal computer:}. Returns the index after it.
     */
    private static int pictograph(String text, int start, StringBuilder out) {
        java.util.List<String> names = new java.util.ArrayList<>();
        int i = start;
        int cp = text.codePointAt(i);
        names.add(name(cp));
        i += Character.charCount(cp);
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (c == 0xFE0F || c == 0xFE0E || (c >= 0x1F3FB && c <= 0x1F3FF)) {
                i += Character.charCount(c);          // presentation and skin tone: not named
            } else if (c == ZWJ && i + 1 < text.length() && text.codePointAt(i + 1) > 0xFFFF) {
                int joined = text.codePointAt(i + 1);
                names.add(name(joined));
                i += 1 + Character.charCount(joined);
            } else {
                break;
            }
        }
        out.append(':').append(String.join("+", names)).append(':');
        return i;
    }

    private static String name(int cp) {
        String name = Character.getName(cp);
        return name == null ? String.format("U+%04X", cp) : name.toLowerCase(java.util.Locale.ROOT);
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
