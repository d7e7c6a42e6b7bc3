package com.actionpack.tui.ssh;

import com.actionpack.tui.shell.BracketedPaste;
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
public final class ChannelTerminal extends ANSITerminal implements BracketedPaste.Switch {

    private final boolean monochrome;
    private final Hangup hangup;
    private final GuiWakeup wakeup;
    private volatile TerminalSize size;

    /** Over a plain stream, with a wake-up of its own (tests). */
    ChannelTerminal(InputStream in, OutputStream out, TerminalSize size, boolean monochrome, Hangup hangup) {
        this(in, out, size, monochrome, hangup, new GuiWakeup());
    }

    /**
     * @param wakeup what the session's idle GUI thread waits on: a resize and the hangup
     *               signal it here; whoever feeds {@code in} signals it when input arrives
     */
    ChannelTerminal(InputStream in, OutputStream out, TerminalSize size, boolean monochrome, Hangup hangup,
                    GuiWakeup wakeup) {
        super(new EnterInputStream(in), out, StandardCharsets.UTF_8);
        this.size = size;
        this.monochrome = monochrome;
        this.hangup = hangup;
        this.wakeup = wakeup;
        hangup.onHangup(wakeup::signal);
        // Pastes arrive bracketed once the session turns the mode on: text for the focused field.
        getInputDecoder().addProfile(BracketedPaste.profile());
    }

    public boolean monochrome() {
        return monochrome;
    }

    /** What the session's GUI thread waits on while idle ({@link ShellSessions}). */
    GuiWakeup wakeup() {
        return wakeup;
    }

    /**
     * The client changed its window size: the new size reaches the screen's resize listener
     * first, then the GUI thread is woken, so the pass it runs finds the resize to draw.
     */
    void resize(TerminalSize newSize) {
        size = newSize;
        try {
            getTerminalSize();
        } catch (IOException e) {
            // findTerminalSize does no I/O here; nothing can fail.
            throw new IllegalStateException(e);
        }
        wakeup.signal();
    }

    /** Turns bracketed paste on or off on the client; a closed channel is ignored. */
    @Override
    public void pasteMode(boolean on) {
        try {
            writeToTerminal((on ? BracketedPaste.ENABLE : BracketedPaste.DISABLE).getBytes(StandardCharsets.US_ASCII));
            flush();
        } catch (IOException | RuntimeException e) {
            // The client is gone: nothing to change.
        }
    }

    @Override
    protected TerminalSize findTerminalSize() {
        return size;
    }

    /** After the hangup, once the buffered input is read: end of input, which ends the GUI's loop. */
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
