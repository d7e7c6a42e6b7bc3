package com.actionpack.tui.shell;

import com.googlecode.lanterna.gui2.Interactable;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.gui2.WindowListenerAdapter;
import com.googlecode.lanterna.input.BasicCharacterPattern;
import com.googlecode.lanterna.input.CharacterPattern;
import com.googlecode.lanterna.input.KeyDecodingProfile;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Bracketed paste (xterm's mode 2004): the terminal wraps pasted text in {@code ESC [200~} and
 * {@code ESC [201~}, and everything between is text for the focused field. Without it a
 * multi-line paste arrives as keys, and each line break or tab moves the focus to the next
 * field (or presses the button). Here a line break or tab inside a paste is typed as a space,
 * other control keys inside a paste are dropped, and a paste outside a text field is ignored.
 *
 * <p>The terminal's owner turns the mode on with {@link #ENABLE} and off with {@link #DISABLE},
 * and adds {@link #profile()} to the terminal's input decoder, which turns the two brackets
 * into {@link #START} and {@link #END}; {@link Listener} does the rest in each window.
 */
public final class BracketedPaste {

    /** Turns the mode on (written to the terminal once it is set up). */
    public static final String ENABLE = "\u001b[?2004h";
    /** Turns the mode off again (written when the console ends). */
    public static final String DISABLE = "\u001b[?2004l";

    /** The key the decoder gives for {@code ESC [200~}. */
    public static final KeyStroke START = new Marker();
    /** The key the decoder gives for {@code ESC [201~}. */
    public static final KeyStroke END = new Marker();

    private BracketedPaste() {
    }

    /** A terminal that can turn the mode on and off; the session does so around its screen. */
    public interface Switch {
        void pasteMode(boolean on);
    }

    private static final class Marker extends KeyStroke {
        Marker() {
            super(KeyType.Unknown);
        }
    }

    /** Patterns for a Lanterna input decoder; added last, they win over its own CSI decoding. */
    public static KeyDecodingProfile profile() {
        return new KeyDecodingProfile() {
            @Override
            public Collection<CharacterPattern> getPatterns() {
                return List.of(new BasicCharacterPattern(START, ESC_CODE, '[', '2', '0', '0', '~'),
                        new BasicCharacterPattern(END, ESC_CODE, '[', '2', '0', '1', '~'));
            }
        };
    }

    /** Handles pasted keys in one window: text for its focused field, never a focus move. */
    static final class Listener extends WindowListenerAdapter {

        private boolean pasting;

        /** True while between the brackets. */
        boolean pasting() {
            return pasting;
        }

        @Override
        public void onInput(Window window, KeyStroke key, AtomicBoolean deliverEvent) {
            if (key == START || key == END) {
                pasting = key == START;
                deliverEvent.set(false);
                return;
            }
            if (!pasting) {
                return;
            }
            Interactable focused = window.getFocusedInteractable();
            deliverEvent.set(false);
            if (!Keys.isTyping(focused)) {
                return;
            }
            KeyType type = key.getKeyType();
            if (type == KeyType.Character && !key.isCtrlDown() && !key.isAltDown()) {
                char c = key.getCharacter();
                if (!Character.isISOControl(c)) {
                    focused.handleInput(key);
                } else if (c == '\n' || c == '\r' || c == '\t') {
                    focused.handleInput(new KeyStroke(' ', false, false));
                }
            } else if (type == KeyType.Enter || type == KeyType.Tab) {
                focused.handleInput(new KeyStroke(' ', false, false));
            }
        }
    }
}
