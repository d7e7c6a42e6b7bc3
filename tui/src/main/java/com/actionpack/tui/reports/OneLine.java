package com.actionpack.tui.reports;

/**
 * Makes text from plugins, jar names and exceptions safe to print as one terminal line: control
 * characters (which could move the cursor or recolour the screen) become visible escapes, and
 * line breaks never split a message.
 */
final class OneLine {

    private static final int MAX_LENGTH = 300;

    private OneLine() {
    }

    static String of(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_LENGTH + 16));
        for (int i = 0; i < text.length() && out.length() < MAX_LENGTH; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.append(' ');
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                    || Character.getType(c) == Character.FORMAT) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (out.length() >= MAX_LENGTH) {
            out.setLength(MAX_LENGTH);
            out.append('…');
        }
        return out.toString();
    }

    /**
     * "No space left on device": the exception's own words, never its class name (people read
     * this line; the class is in the log). Without a message, what kind of fault it was.
     */
    static String of(Throwable error) {
        String message = error.getMessage();
        if (message != null && !message.isBlank()) {
            return of(message);
        }
        if (error instanceof OutOfMemoryError) {
            return "out of memory";
        }
        if (error instanceof StackOverflowError) {
            return "too deep a recursion (stack overflow)";
        }
        return error instanceof Error ? "an internal error without a message" : "an error without a message";
    }
}
