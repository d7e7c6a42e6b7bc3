package com.actionpack.reports.csv;

import java.io.IOException;

/**
 * Writes CSV records the way commons-csv's {@code CSVFormat.RFC4180} printer does (same bytes:
 * comma separated, CRLF record ends, a cell quoted only when it must be, quotes doubled), but
 * straight into a {@link Utf8Writer}. commons-csv checks every cell through its general
 * machinery (streams, per-character appends) and was the largest cost of a million-row export.
 *
 * <p>Quoting, as commons-csv's minimal mode: a cell is quoted when it holds a comma, a quote,
 * CR or LF; when it starts with a character up to {@code #} or ends with one up to space
 * (so that readers that trim or take {@code #} for a comment still read it back); and when it
 * is an empty first cell (an empty line would otherwise be skipped).
 */
final class Rfc4180Printer {

    private static final char QUOTE = '"';

    private final Utf8Writer out;

    Rfc4180Printer(Utf8Writer out) {
        this.out = out;
    }

    void printRecord(String[] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            print(cells[i] == null ? "" : cells[i], i == 0);
        }
        out.append('\r').append('\n');
    }

    void flush() throws IOException {
        out.flush();
    }

    private void print(String cell, boolean first) throws IOException {
        int length = cell.length();
        boolean quote;
        boolean ascii = true;
        if (length == 0) {
            quote = first;
        } else {
            quote = cell.charAt(0) <= '#' || cell.charAt(length - 1) <= ' ';
            // One pass finds both whether to quote and whether the bytes can be copied as they are.
            for (int i = 0; i < length; i++) {
                char c = cell.charAt(i);
                if (c == ',' || c == QUOTE || c == '\r' || c == '\n') {
                    quote = true;
                } else if (c >= 0x80) {
                    ascii = false;
                }
            }
        }
        if (!quote) {
            if (ascii) {
                out.appendAscii(cell);
            } else {
                out.append(cell, 0, length);
            }
            return;
        }
        out.append(QUOTE);
        int start = 0;
        for (int i = 0; i < length; i++) {
            if (cell.charAt(i) == QUOTE) {
                out.append(cell, start, i + 1);
                out.append(QUOTE);
                start = i + 1;
            }
        }
        out.append(cell, start, length);
        out.append(QUOTE);
    }
}
