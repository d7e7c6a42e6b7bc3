package com.actionpack.tui.ssh;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * SSH clients with a PTY send CR for Enter. Lanterna reads a lone CR as the start of a longer
 * sequence and waits for the next key, so Enter would act one key late. This turns CR into LF
 * and drops the LF of a CR LF pair that arrives in the same read (a client in CRLF mode).
 * It never drops the only byte of a read, so a read never returns 0 and never blocks more
 * than the stream under it.
 */
final class EnterInputStream extends FilterInputStream {

    private static final int CR = '\r';
    private static final int LF = '\n';

    EnterInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        return b == CR ? LF : b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n <= 0) {
            return n;
        }
        int out = offset;
        boolean afterCr = false;
        for (int i = offset; i < offset + n; i++) {
            byte b = buffer[i];
            if (b == LF && afterCr) {
                afterCr = false;
                continue;
            }
            afterCr = b == CR;
            buffer[out++] = b == CR ? (byte) LF : b;
        }
        return out - offset;
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
