package com.actionpack.tui.ssh;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class EnterInputStreamTest {

    private static String translate(String input) throws IOException {
        try (InputStream in = new EnterInputStream(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void crBecomesLfAndCrLfBecomesOneLf() throws IOException {
        assertEquals("a\nb\n\nc", translate("a\rb\r\rc"));
        assertEquals("a\nb", translate("a\r\nb"));
        assertEquals("a\nb", translate("a\nb"));
    }

    @Test
    void singleByteReadsTranslateToo() throws IOException {
        InputStream in = new EnterInputStream(new ByteArrayInputStream(new byte[] {'\r'}));
        assertEquals('\n', in.read());
        assertEquals(-1, in.read());
    }

    @Test
    void lanternaSeesEnterAtOnceForACarriageReturn() throws IOException {
        // Without the translation Lanterna holds a lone CR back, waiting for more input.
        ChannelTerminal terminal = new ChannelTerminal(new ByteArrayInputStream("\rx".getBytes(StandardCharsets.UTF_8)),
                new ByteArrayOutputStream(), new TerminalSize(80, 24), false, new Hangup());
        assertEquals(KeyType.Enter, terminal.pollInput().getKeyType());
        KeyStroke x = terminal.pollInput();
        assertEquals(Character.valueOf('x'), x.getCharacter());
        assertNull(terminal.pollInput());
    }

    @Test
    void afterHangupInputEndsSoLanternaLoopsStop() throws IOException {
        Hangup hangup = new Hangup();
        ChannelTerminal terminal = new ChannelTerminal(new ByteArrayInputStream(new byte[0]),
                new ByteArrayOutputStream(), new TerminalSize(80, 24), false, hangup);
        assertNull(terminal.pollInput());
        hangup.signal();
        assertEquals(KeyType.EOF, terminal.pollInput().getKeyType());
        assertArrayEquals(new KeyType[] {KeyType.EOF}, new KeyType[] {terminal.readInput().getKeyType()});
    }
}
