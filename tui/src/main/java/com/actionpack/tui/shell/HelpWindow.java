package com.actionpack.tui.shell;

import com.actionpack.tui.text.Fit;
import com.actionpack.tui.text.SafeText;
import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.EmptySpace;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.gui2.WindowListenerAdapter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** Every key of the current screen, then the keys that work everywhere. */
final class HelpWindow extends BasicWindow {

    /** Keys the shell handles on every screen, in the order help lists them. */
    static final List<KeyHelp> EVERYWHERE = List.of(
            KeyHelp.of("Tab / arrows", "Move between fields and buttons"),
            KeyHelp.of("Enter", "Act on the selected item"),
            KeyHelp.of("Esc", "Go back (asks first if input would be lost)"),
            KeyHelp.of("/", "Filter the list"),
            KeyHelp.of("? or F1", "This help"),
            KeyHelp.of("q", "Quit (asks first if input would be lost)"),
            KeyHelp.of("Ctrl-C", "Quit at once"));

    HelpWindow(String screenTitle, List<KeyHelp> screenKeys, Runnable interrupt) {
        super("Help — " + SafeText.line(screenTitle));
        setHints(List.of(Window.Hint.MODAL, Window.Hint.CENTERED));
        List<KeyHelp> all = new ArrayList<>(screenKeys);
        all.addAll(EVERYWHERE);
        int keyWidth = all.stream().mapToInt(k -> Fit.width(k.keys())).max().orElse(1);

        Panel body = new Panel(new LinearLayout(Direction.VERTICAL));
        if (!screenKeys.isEmpty()) {
            body.addComponent(new Label("On this screen").addStyle(SGR.BOLD));
            body.addComponent(new Label(table(screenKeys, keyWidth)));
            body.addComponent(new EmptySpace(new TerminalSize(1, 1)));
        }
        body.addComponent(new Label("Everywhere").addStyle(SGR.BOLD));
        body.addComponent(new Label(table(EVERYWHERE, keyWidth)));
        body.addComponent(new EmptySpace(new TerminalSize(1, 1)));
        body.addComponent(new Label("Esc, Enter or ? closes this help."));
        setComponent(body);

        addWindowListener(new WindowListenerAdapter() {
            @Override
            public void onInput(Window window, KeyStroke key, AtomicBoolean deliverEvent) {
                deliverEvent.set(false);
                if (Keys.isCtrlC(key)) {
                    interrupt.run();
                } else if (closes(key)) {
                    close();
                }
            }
        });
    }

    private static boolean closes(KeyStroke key) {
        return key.getKeyType() == KeyType.Escape || key.getKeyType() == KeyType.Enter
                || Keys.isF1(key) || Keys.isChar(key, '?') || Keys.isChar(key, 'q');
    }

    private static String table(List<KeyHelp> keys, int keyWidth) {
        StringBuilder out = new StringBuilder();
        for (KeyHelp key : keys) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(Fit.padRight(key.keys(), keyWidth)).append("  ").append(key.action());
        }
        return out.toString();
    }
}
