package com.actionpack.reports.csv;

import com.actionpack.reports.spi.SpreadsheetCells;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Writes one CSV record cell by cell, straight into the UTF-8 buffer: the same bytes as
 * {@link CsvCells#neutralise} of each cell's text written by {@link Rfc4180Record} (so the same
 * bytes as commons-csv's RFC 4180 printer), without a string per number or date and without
 * looking at a text cell's characters one {@code charAt} at a time (issue 15: a million-row
 * export built 2 KB of garbage per row, and the control-character scan of every cell was a
 * quarter of its formatting time).
 *
 * <p>A text cell is encoded once and its bytes scanned once for three things: a control or
 * bidirectional character ({@link com.actionpack.reports.spi.PrintableText} would replace it:
 * then the cell takes the general path, {@link CsvCells#neutralise} and {@link Rfc4180Record}),
 * a byte that makes RFC 4180 quote the cell, and the first character, which decides the
 * spreadsheet formula rule ({@link SpreadsheetCells#isRisky}, asked only when the first
 * character is not plain ASCII or is a trigger). Numbers and ISO dates are never risky and never
 * quoted: their digits are written as they are.
 *
 * <p>Use: {@link #begin}, one call per cell, then {@link #end}. Not thread-safe.
 */
final class CsvRecord {

    private static final byte QUOTE = '"';
    private static final byte APOSTROPHE = '\'';

    /** What a byte of a UTF-8 cell means to the scan (index: the unsigned byte). */
    private static final byte PLAIN = 0;
    private static final byte QUOTED = 1; // comma, quote, CR, LF: RFC 4180 quotes the cell
    private static final byte CONTROL = 2; // a C0 control (not tab, CR, LF) or DEL: PrintableText replaces it
    private static final byte LEAD = 3; // starts a sequence that may be a C1 or bidirectional control
    private static final byte[] KIND = kinds();

    private final Utf8Writer out;
    /** The digits of a number, written from the end. */
    private final byte[] digits = new byte[24];
    private boolean first = true;

    CsvRecord(Utf8Writer out) {
        this.out = out;
    }

    /** Starts a new record. */
    CsvRecord begin() {
        first = true;
        return this;
    }

    /** Ends the record (CRLF). */
    void end() throws IOException {
        out.appendByte((byte) '\r');
        out.appendByte((byte) '\n');
    }

    /** A text cell: null is empty; made safe by {@link CsvCells#neutralise}'s rules. */
    CsvRecord text(String value) throws IOException {
        boolean firstCell = separator();
        if (value == null || value.isEmpty()) {
            if (firstCell) {
                out.appendByte(QUOTE); // RFC 4180: an empty first cell is written as ""
                out.appendByte(QUOTE);
            }
            return this;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        int length = bytes.length;
        boolean quote = false;
        for (int i = 0; i < length; i++) {
            byte kind = KIND[bytes[i] & 0xFF];
            if (kind == PLAIN) {
                continue;
            }
            if (kind == QUOTED) {
                quote = true;
            } else if (kind == CONTROL || (kind == LEAD && printableReplaces(bytes, i))) {
                Rfc4180Record.cell(out, CsvCells.neutralise(value), firstCell);
                return this;
            }
        }
        // Now PrintableText would leave the text as it is: neutralise is "'" + text when risky.
        int firstByte = bytes[0] & 0xFF;
        boolean risky = firstByte > ' ' && firstByte < 0x7F
                ? (firstByte == '=' || firstByte == '+' || firstByte == '-' || firstByte == '@')
                        && SpreadsheetCells.isRisky(value)
                : SpreadsheetCells.isRisky(value);
        quote |= !risky && firstByte <= '#';
        quote |= (bytes[length - 1] & 0xFF) <= ' ';
        if (quote) {
            out.appendByte(QUOTE);
        }
        if (risky) {
            out.appendByte(APOSTROPHE);
        }
        if (quote) {
            Rfc4180Record.appendQuoted(out, bytes, length);
            out.appendByte(QUOTE);
        } else {
            out.appendBytes(bytes, 0, length);
        }
        return this;
    }

    /** A day as ISO-8601 ({@link LocalDate#toString}); null is empty. */
    CsvRecord day(LocalDate day) throws IOException {
        if (day == null || day.getYear() < 0 || day.getYear() > 9999) {
            return text(day == null ? null : day.toString()); // "+10000-01-01" is risky text
        }
        separator();
        byte[] d = digits;
        int year = day.getYear();
        d[0] = (byte) ('0' + year / 1000);
        d[1] = (byte) ('0' + year / 100 % 10);
        d[2] = (byte) ('0' + year / 10 % 10);
        d[3] = (byte) ('0' + year % 10);
        d[4] = '-';
        d[5] = (byte) ('0' + day.getMonthValue() / 10);
        d[6] = (byte) ('0' + day.getMonthValue() % 10);
        d[7] = '-';
        d[8] = (byte) ('0' + day.getDayOfMonth() / 10);
        d[9] = (byte) ('0' + day.getDayOfMonth() % 10);
        out.appendBytes(d, 0, 10);
        return this;
    }

    /**
     * {@code units} scaled down by {@code scale} decimal places, as {@link CsvCells#decimal}
     * writes it ({@code 1250, 2} is 12.50, {@code -5, 3} is -0.005).
     */
    CsvRecord decimal(long units, int scale) throws IOException {
        if (units == Long.MIN_VALUE || scale < 0 || scale > 18) {
            return text(CsvCells.decimal(units, scale));
        }
        separator();
        byte[] d = digits;
        int at = d.length;
        long rest = Math.abs(units);
        for (int i = 0; i < scale; i++) {
            d[--at] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        if (scale > 0) {
            d[--at] = '.';
        }
        do {
            d[--at] = (byte) ('0' + rest % 10);
            rest /= 10;
        } while (rest != 0);
        if (units < 0) {
            d[--at] = '-';
        }
        out.appendBytes(d, at, d.length - at);
        return this;
    }

    /** Basis points as a percentage, as {@link CsvCells#percent} writes it: 2000 is 20.00. */
    CsvRecord percent(int basisPoints) throws IOException {
        return decimal(basisPoints, 2);
    }

    /** The comma before every cell but the first; true for the first. */
    private boolean separator() throws IOException {
        if (first) {
            first = false;
            return true;
        }
        out.appendByte((byte) ',');
        return false;
    }

    /**
     * Whether the UTF-8 sequence at {@code i} (a {@link #LEAD} byte; the encoder wrote whole
     * sequences) is a C1 control U+0080..U+009F, the Arabic letter mark U+061C or one of the
     * bidirectional controls U+200E, U+200F, U+202A..U+202E, U+2066..U+2069: what
     * {@link com.actionpack.reports.spi.PrintableText} replaces beyond ASCII.
     */
    private static boolean printableReplaces(byte[] bytes, int i) {
        int lead = bytes[i] & 0xFF;
        int second = bytes[i + 1] & 0xFF;
        if (lead == 0xC2) {
            return second <= 0x9F;
        }
        if (lead == 0xD8) {
            return second == 0x9C;
        }
        int third = bytes[i + 2] & 0xFF; // lead 0xE2: a three-byte sequence
        return second == 0x80 && (third == 0x8E || third == 0x8F || (third >= 0xAA && third <= 0xAE))
                || second == 0x81 && third >= 0xA6 && third <= 0xA9;
    }

    private static byte[] kinds() {
        byte[] kinds = new byte[256];
        for (int b = 0; b < 0x20; b++) {
            kinds[b] = CONTROL;
        }
        kinds['\t'] = PLAIN;
        kinds['\r'] = QUOTED;
        kinds['\n'] = QUOTED;
        kinds[','] = QUOTED;
        kinds['"'] = QUOTED;
        kinds[0x7F] = CONTROL;
        kinds[0xC2] = LEAD;
        kinds[0xD8] = LEAD;
        kinds[0xE2] = LEAD;
        return kinds;
    }
}
