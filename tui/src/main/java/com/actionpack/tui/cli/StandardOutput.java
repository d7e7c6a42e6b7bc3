package com.actionpack.tui.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Optional;

/**
 * Standard output whose every write is checked: the first failure is kept (a full disk,
 * {@code /dev/full}, a closed pipe), so that the command line can end with the documented code
 * instead of exit 0 over a truncated output. A closed pipe ({@code | head}) is not an error to
 * report: the process ends quietly with the status a shell expects of a program killed by
 * SIGPIPE, {@value #BROKEN_PIPE_STATUS}.
 */
public final class StandardOutput {

    /** 128 + SIGPIPE (13): what {@code | head} leaves for the writer in a pipeline. */
    public static final int BROKEN_PIPE_STATUS = 141;

    private final Checked stream;
    private final PrintWriter writer;

    public StandardOutput(OutputStream target, Charset charset) {
        this.stream = new Checked(target);
        this.writer = new PrintWriter(new java.io.OutputStreamWriter(stream, charset), true);
    }

    /** Bytes, for reports written to {@code --out -}; write failures are thrown and kept. */
    public OutputStream stream() {
        return stream;
    }

    /** Text, for every command's messages and tables; failures are kept, not thrown. */
    public PrintWriter writer() {
        return writer;
    }

    /** Flushes everything written; returns the first failure of any write, if there was one. */
    public Optional<IOException> finish() {
        writer.flush();
        return Optional.ofNullable(stream.failure);
    }

    /** True once a write found the reading end of the pipe closed. */
    public boolean brokenPipe() {
        return stream.failure != null && isBrokenPipe(stream.failure);
    }

    static boolean isBrokenPipe(IOException e) {
        String message = e.getMessage();
        return message != null && message.toLowerCase(Locale.ROOT).contains("broken pipe");
    }

    /** Keeps the first failure; later writes fail at once instead of writing after a gap. */
    private static final class Checked extends FilterOutputStream {

        private IOException failure;

        Checked(OutputStream target) {
            super(new BufferedOutputStream(target, 64 * 1024));
        }

        @Override
        public void write(int b) throws IOException {
            check();
            try {
                out.write(b);
            } catch (IOException e) {
                throw keep(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            check();
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw keep(e);
            }
        }

        @Override
        public void flush() throws IOException {
            check();
            try {
                out.flush();
            } catch (IOException e) {
                throw keep(e);
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }

        private void check() throws IOException {
            if (failure != null) {
                throw new IOException(failure.getMessage(), failure);
            }
        }

        private IOException keep(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }
}
