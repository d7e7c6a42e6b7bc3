package com.actionpack.tui.ssh;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** What a test SSH client received, with waits for text to arrive. */
public final class Capture extends OutputStream {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    @Override
    public synchronized void write(int b) {
        bytes.write(b);
        notifyAll();
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        bytes.write(b, off, len);
        notifyAll();
    }

    public synchronized String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    public synchronized int length() {
        return bytes.size();
    }

    /** Text received after {@code from} characters (as returned by {@link #text()}.length()). */
    public synchronized String textSince(int from) {
        String all = text();
        return from >= all.length() ? "" : all.substring(from);
    }

    /** Waits until the text from character {@code from} on contains {@code wanted}. */
    public synchronized boolean awaitSince(int from, String wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!textSince(from).contains(wanted)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    /**
     * The text from character {@code from} on as a person reads it: every escape sequence (cursor
     * moves stand in for spaces on the wire) becomes one space, and runs of spaces become one.
     */
    public synchronized String plainSince(int from) {
        return plain(textSince(from));
    }

    static String plain(String raw) {
        return raw.replaceAll("\u001b\\[[0-9;?]*[ -/]*[@-~]", " ").replaceAll("\u001b[^\\[]", " ")
                .replaceAll("\\s+", " ");
    }

    /** Waits until {@link #plainSince(int)} contains {@code wanted} (single spaces between words). */
    public synchronized boolean awaitPlainSince(int from, String wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!plainSince(from).contains(wanted)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    /**
     * The screen a VT100-like terminal of that size shows after everything received: enough of
     * ANSI for what Lanterna sends (cursor position, clear screen and line, SGR ignored), so that
     * a test reads the screen as a person sees it although Lanterna redraws only changed cells.
     */
    public synchronized String screen(int columns, int rows) {
        char[][] cells = new char[rows][columns];
        for (char[] row : cells) {
            java.util.Arrays.fill(row, ' ');
        }
        String all = text();
        int r = 0;
        int c = 0;
        for (int i = 0; i < all.length(); i++) {
            char ch = all.charAt(i);
            if (ch == '\u001b' && i + 1 < all.length() && all.charAt(i + 1) == '[') {
                int end = i + 2;
                while (end < all.length() && (all.charAt(end) < '@' || all.charAt(end) > '~')) {
                    end++;
                }
                if (end >= all.length()) {
                    break;
                }
                String params = all.substring(i + 2, end);
                char command = all.charAt(end);
                if (command == 'H' || command == 'f') {
                    String[] rc = params.split(";");
                    r = rc.length > 0 && !rc[0].isEmpty() ? Integer.parseInt(rc[0]) - 1 : 0;
                    c = rc.length > 1 && !rc[1].isEmpty() ? Integer.parseInt(rc[1]) - 1 : 0;
                } else if (command == 'J' && params.equals("2") || command == 'h' && params.equals("?1049")) {
                    for (char[] row : cells) {
                        java.util.Arrays.fill(row, ' ');
                    }
                } else if (command == 'K' && r >= 0 && r < rows) {
                    for (int x = Math.max(0, c); x < columns; x++) {
                        cells[r][x] = ' ';
                    }
                }
                i = end;
            } else if (ch == '\u001b') {
                i++; // a two-character escape: nothing drawn
            } else if (ch == '\r') {
                c = 0;
            } else if (ch == '\n') {
                r++;
            } else if (ch >= ' ') {
                if (r >= 0 && r < rows && c >= 0 && c < columns) {
                    cells[r][c] = ch;
                }
                c++;
            }
        }
        StringBuilder text = new StringBuilder();
        for (char[] row : cells) {
            text.append(new String(row).stripTrailing()).append('\n');
        }
        return text.toString();
    }

    /** Waits until the 80x24 {@link #screen} shows {@code wanted}. */
    public boolean awaitScreen(String wanted, Duration timeout) throws InterruptedException {
        return awaitScreen(screen -> screen.contains(wanted), timeout);
    }

    /** Waits until the 80x24 {@link #screen} is as {@code wanted} says. */
    public synchronized boolean awaitScreen(java.util.function.Predicate<String> wanted, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!wanted.test(screen(80, 24))) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    public boolean await(String wanted, Duration timeout) throws InterruptedException {
        return awaitSince(0, wanted, timeout);
    }
}
