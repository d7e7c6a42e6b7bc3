package com.actionpack.reports.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes one CSV record as UTF-8 bytes, exactly as commons-csv's {@code CSVFormat.RFC4180}
 * prints it ({@code printRecord} with cells that are never null): cells joined by commas, the
 * record ended by CRLF, and a cell quoted, its quotes doubled, when commons-csv's minimal rule
 * quotes it: it starts with a character up to {@code '#'} (space, '!', '"', '#' and every
 * control character), holds a comma, a quote, CR or LF, or ends with a character up to a
 * space; an empty cell only when it is the record's first.
 *
 * <p>Why not commons-csv itself: it looks at every character twice through
 * {@code CharSequence.charAt} (once to decide the quoting, once more to append), and with the
 * writer's encoding that was half of a million-row export's CPU time (issue 15). Here each cell
 * is encoded once by {@link String#getBytes} and scanned as bytes: the characters that matter
 * are ASCII, and no byte of a multi-byte UTF-8 sequence is below 0x80. Equality with commons-csv
 * is tested on generated cells (Rfc4180RecordTest); commons-csv stays the reference.
 */
final class Rfc4180Record {

    private static final byte QUOTE = '"';
    private static final byte COMMA = ',';

    private Rfc4180Record() {
    }

    /** Writes the cells (none null) and the record separator. */
    static void write(Utf8Writer out, String[] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.appendByte(COMMA);
            }
            cell(out, cells[i], i == 0);
        }
        out.appendByte((byte) '\r');
        out.appendByte((byte) '\n');
    }

    /** Writes one cell as it is (no comma): {@code first} says whether it opens the record. */
    static void cell(Utf8Writer out, String text, boolean first) throws IOException {
        // As OutputStreamWriter and Utf8Writer encode: a lone surrogate becomes '?'.
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int length = bytes.length;
        if (length == 0) {
            if (first) {
                out.appendByte(QUOTE);
                out.appendByte(QUOTE);
            }
            return;
        }
        if (!needsQuotes(bytes)) {
            out.appendBytes(bytes, 0, length);
            return;
        }
        out.appendByte(QUOTE);
        appendQuoted(out, bytes, length);
        out.appendByte(QUOTE);
    }

    /**
     * The first {@code length} bytes with each double quote doubled (RFC 4180), without the
     * enclosing quotes: shared with {@link CsvRecord} so both write a quoted cell the same way.
     */
    static void appendQuoted(Utf8Writer out, byte[] bytes, int length) throws IOException {
        int start = 0;
        for (int i = 0; i < length; i++) {
            if (bytes[i] == QUOTE) {
                out.appendBytes(bytes, start, i + 1 - start);
                out.appendByte(QUOTE);
                start = i + 1;
            }
        }
        out.appendBytes(bytes, start, length - start);
    }

    /** commons-csv's MINIMAL rule, on UTF-8 bytes (unsigned: a multi-byte sequence is 0x80 and up). */
    private static boolean needsQuotes(byte[] bytes) {
        if ((bytes[0] & 0xFF) <= '#') {
            return true;
        }
        for (byte b : bytes) {
            if (b == COMMA || b == QUOTE || b == '\r' || b == '\n') {
                return true;
            }
        }
        return (bytes[bytes.length - 1] & 0xFF) <= ' ';
    }
}
