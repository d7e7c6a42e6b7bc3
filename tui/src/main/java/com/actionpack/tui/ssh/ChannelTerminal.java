package com.actionpack.tui.ssh;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A Lanterna ANSI terminal on one SSH channel. Its size is what the client's PTY request and
 * window-change requests said (never asked of the client with cursor reports, which would cost
 * a round trip and can time out). After a hangup, input reads end-of-stream, which makes a
 * Lanterna GUI's wait loops return even if nobody closed its windows. In monochrome, colour
 * changes are dropped here as well, whatever the session's theme asks for.
 */
public final class ChannelTerminal extends ANSITerminal {

    private final boolean monochrome;
    private final Hangup hangup;
    private volatile TerminalSize size;

    ChannelTerminal(InputStream in, OutputStream out, TerminalSize size, boolean monochrome, Hangup hangup) {
        super(new EnterInputStream(in), out, StandardCharsets.UTF_8);
        this.size = size;
        this.monochrome = monochrome;
        this.hangup = hangup;
    }

    public boolean monochrome() {
        return monochrome;
    }

    /** The client changed its window size: the session's screen follows on its next turn. */
    void resize(TerminalSize newSize) {
        size = newSize;
        try {
            getTerminalSize();
        } catch (IOException e) {
            // findTerminalSize does no I/O here; nothing can fail.
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected TerminalSize findTerminalSize() {
        return size;
    }

    @Override
    public KeyStroke pollInput() throws IOException {
        KeyStroke key = super.pollInput();
        if (key == null && hangup.happened()) {
            return new KeyStroke(KeyType.EOF);
        }
        return key;
    }

    @Override
    public KeyStroke readInput() throws IOException {
        if (hangup.happened()) {
            KeyStroke key = super.pollInput();
            return key != null ? key : new KeyStroke(KeyType.EOF);
        }
        return super.readInput();
    }

    @Override
    public void setForegroundColor(TextColor color) throws IOException {
        if (!monochrome) {
            super.setForegroundColor(color);
        }
    }

    @Override
    public void setBackgroundColor(TextColor color) throws IOException {
        if (!monochrome) {
            super.setBackgroundColor(color);
        }
    }
}
