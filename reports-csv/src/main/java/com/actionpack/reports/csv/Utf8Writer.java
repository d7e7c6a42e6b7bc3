package com.actionpack.reports.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A buffered UTF-8 writer for CSV output. Report text is nearly all ASCII, which this copies
 * straight into its byte buffer; {@code OutputStreamWriter}'s general charset encoder and
 * {@code Writer.append}'s substring per quoted piece were a third of an export's time. Other
 * text is encoded exactly as {@code OutputStreamWriter} would (a lone surrogate becomes
 * {@code ?}). Not thread-safe; {@link #close} flushes but leaves the stream open.
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
            encode(String.valueOf((char) c));
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
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                // Rare: encode the rest in one go, so that surrogate pairs stay together.
                encode(s.subSequence(i, end).toString());
                return this;
            }
            if (used == buffer.length) {
                drain();
            }
            buffer[used++] = (byte) c;
        }
        return this;
    }

    @Override
    public Writer append(char c) throws IOException {
        write(c);
        return this;
    }

    private void encode(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > buffer.length - used) {
            drain();
        }
        if (bytes.length > buffer.length) {
            out.write(bytes);
            return;
        }
        System.arraycopy(bytes, 0, buffer, used, bytes.length);
        used += bytes.length;
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
