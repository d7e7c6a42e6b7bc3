package com.actionpack.reports.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * A buffered UTF-8 writer for CSV output. Report text is nearly all ASCII, which this copies
 * straight into its byte buffer; {@code OutputStreamWriter}'s general charset encoder and
 * {@code Writer.append}'s substring per quoted piece were a third of an export's time. Other
 * text is encoded in place, exactly as {@code OutputStreamWriter} would (a lone surrogate
 * becomes {@code ?}; a pair split across two calls would too, which a CSV cell never does).
 * Not thread-safe; {@link #close} flushes but leaves the stream open.
 */
final class Utf8Writer extends Writer {

    private final OutputStream out;
    private final byte[] buffer;
    private int used;

    Utf8Writer(OutputStream out, int bufferSize) {
        this.out = out;
        this.buffer = new byte[Math.max(bufferSize, 16)];
    }

    @Override
    public void write(int c) throws IOException {
        if (c < 0x80) {
            if (used == buffer.length) {
                drain();
            }
            buffer[used++] = (byte) c;
        } else {
            append(String.valueOf((char) c), 0, 1);
        }
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        write(new String(chars, off, len), 0, len);
    }

    @Override
    public void write(String text, int off, int len) throws IOException {
        append(text, off, off + len);
    }

    @Override
    public Writer append(CharSequence text) throws IOException {
        String s = String.valueOf(text);
        return append(s, 0, s.length());
    }

    @Override
    public Writer append(CharSequence text, int start, int end) throws IOException {
        CharSequence s = text == null ? "null" : text;
        byte[] b = buffer;
        for (int i = start; i < end; i++) {
            if (used > b.length - 4) {
                drain();
            }
            char c = s.charAt(i);
            if (c < 0x80) {
                b[used++] = (byte) c;
            } else if (c < 0x800) {
                b[used++] = (byte) (0xC0 | c >> 6);
                b[used++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                char low = i + 1 < end ? s.charAt(i + 1) : 0;
                if (Character.isHighSurrogate(c) && Character.isLowSurrogate(low)) {
                    int cp = Character.toCodePoint(c, low);
                    b[used++] = (byte) (0xF0 | cp >> 18);
                    b[used++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    b[used++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    b[used++] = (byte) (0x80 | cp & 0x3F);
                    i++;
                } else {
                    b[used++] = '?'; // what OutputStreamWriter writes for a lone surrogate
                }
            } else {
                b[used++] = (byte) (0xE0 | c >> 12);
                b[used++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[used++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return this;
    }

    /**
     * Appends text known to be all ASCII (the caller has looked at every character): a plain
     * copy of the string's bytes, the common case of a report's cells.
     */
    @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int) is exactly right for ASCII
    void appendAscii(String text) throws IOException {
        int length = text.length();
        if (length > buffer.length - used) {
            drain();
            if (length > buffer.length) {
                append(text, 0, length);
                return;
            }
        }
        text.getBytes(0, length, buffer, used);
        used += length;
    }

    /** Appends one byte as it is (an ASCII character). */
    void appendByte(byte b) throws IOException {
        if (used == buffer.length) {
            drain();
        }
        buffer[used++] = b;
    }

    /** Appends bytes already encoded as UTF-8. */
    void appendBytes(byte[] bytes, int offset, int length) throws IOException {
        if (length > buffer.length - used) {
            drain();
            if (length > buffer.length) {
                out.write(bytes, offset, length);
                return;
            }
        }
        System.arraycopy(bytes, offset, buffer, used, length);
        used += length;
    }

    @Override
    public Writer append(char c) throws IOException {
        write(c);
        return this;
    }

    private void drain() throws IOException {
        if (used > 0) {
            out.write(buffer, 0, used);
            used = 0;
        }
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
