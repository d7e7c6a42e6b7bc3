package com.actionpack.tui.ssh;

import com.actionpack.tui.shell.BracketedPaste;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A real ANSI terminal decodes the paste brackets into the shell's markers and turns the mode on and off when asked. */
class BracketedPasteDecodingTest {

    @Test
    void pasteBracketsBecomeMarkersAroundThePastedKeys() throws Exception {
        byte[] input = "\u001b[200~ab\rc\u001b[201~".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChannelTerminal terminal = new ChannelTerminal(new ByteArrayInputStream(input), out,
                new TerminalSize(80, 24), false, new Hangup());
        List<KeyStroke> keys = new ArrayList<>();
        for (KeyStroke key = terminal.pollInput(); key != null && key.getKeyType() != KeyType.EOF && keys.size() < 10;
                key = terminal.pollInput()) {
            keys.add(key);
        }
        assertSame(BracketedPaste.START, keys.get(0), keys.toString());
        assertEquals('a', keys.get(1).getCharacter());
        assertEquals('b', keys.get(2).getCharacter());
        assertEquals(KeyType.Enter, keys.get(3).getKeyType());
        assertEquals('c', keys.get(4).getCharacter());
        assertSame(BracketedPaste.END, keys.get(5), keys.toString());
        terminal.pasteMode(true);
        assertTrue(out.toString(StandardCharsets.UTF_8).endsWith(BracketedPaste.ENABLE));
        terminal.pasteMode(false);
        assertTrue(out.toString(StandardCharsets.UTF_8).endsWith(BracketedPaste.DISABLE));
    }
}
