package com.actionpack.tui.shell;

import com.actionpack.tui.text.Fit;
import com.actionpack.tui.text.SafeText;
import com.actionpack.tui.widget.Column;
import com.actionpack.tui.widget.Table;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.EmptySpace;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.gui2.WindowListenerAdapter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Every key of the current screen, then the keys that work everywhere. When that is taller than
 * the terminal, the list scrolls (Up/Down, PageUp/PageDown) inside the window.
 */
final class HelpWindow extends BasicWindow {

    /** Keys the shell handles on every screen, in the order help lists them. */
    static final List<KeyHelp> EVERYWHERE = List.of(
            KeyHelp.of("Tab / arrows", "Move between fields and buttons"),
            KeyHelp.of("Enter", "Act on the selected item"),
            KeyHelp.of("Esc", "Go back (asks first if input would be lost)"),
            KeyHelp.of("/", "Filter the list"),
            KeyHelp.of("? or F1", "This help"),
            KeyHelp.of("q", "Quit (asks first if input would be lost)"),
            KeyHelp.of("F2", "Read the whole message when it is cut"),
            KeyHelp.of("Ctrl-U", "Clear the field being typed"),
            KeyHelp.of("Ctrl-C", "Quit at once"),
            KeyHelp.of("In a field", "Letters, q, ? and / are typed: F1, Esc, Ctrl-C work"));

    /** Keys, then what they do (wrapped in its column when the terminal is narrow). */
    private static final Table<KeyHelp> KEYS = new Table<>(List.of(
            Column.fit("Key", KeyHelp::keys), Column.wrapping("Action", KeyHelp::action)));

    private static final String CLOSE_HINT = "Esc, Enter or ? closes this help.";
    // Window border (2), the blank line and the hint under the list (2).
    private static final int CHROME_ROWS = 4;

    HelpWindow(String screenTitle, List<KeyHelp> screenKeys, TerminalSize terminal, Runnable interrupt) {
        super("Help — " + SafeText.line(screenTitle));
        setHints(List.of(Window.Hint.MODAL, Window.Hint.CENTERED));
        List<KeyHelp> all = new ArrayList<>(screenKeys);
        all.addAll(EVERYWHERE);
        // One table over both parts, so their columns line up; as wide as it needs, at most
        // the terminal less the window's border and margin (a long action wraps in its column).
        Table.Bound<KeyHelp> table = KEYS.over(all);
        int natural = table.allLines(1000).stream().mapToInt(Fit::width).max().orElse(20);
        int tableWidth = Math.max(20, Math.min(natural, terminal.getColumns() - 6));

        List<String> lines = new ArrayList<>();
        if (!screenKeys.isEmpty()) {
            lines.add("On this screen");
            lines.addAll(rows(table, screenKeys, tableWidth));
            lines.add("");
        }
        lines.add("Everywhere");
        lines.addAll(rows(table, EVERYWHERE, tableWidth));

        Panel body = new Panel(new LinearLayout(Direction.VERTICAL));
        int room = Math.max(3, terminal.getRows() - CHROME_ROWS);
        if (lines.size() <= room) {
            body.addComponent(new Label(String.join("\n", lines)));
            body.addComponent(new EmptySpace(new TerminalSize(1, 1)));
            body.addComponent(new Label(CLOSE_HINT));
        } else {
            int width = lines.stream().mapToInt(Fit::width).max().orElse(20) + 2; // + the scroll bar
            TextBox scroller = new TextBox(new TerminalSize(Math.min(width, terminal.getColumns() - 4), room - 1),
                    String.join("\n", lines), TextBox.Style.MULTI_LINE);
            scroller.setReadOnly(true);
            body.addComponent(scroller);
            body.addComponent(new EmptySpace(new TerminalSize(1, 1)));
            body.addComponent(new Label("Up/Down scroll. " + CLOSE_HINT));
            setFocusedInteractable(scroller);
        }
        setComponent(body);

        addWindowListener(new WindowListenerAdapter() {
            @Override
            public void onInput(Window window, KeyStroke key, AtomicBoolean deliverEvent) {
                if (Keys.isCtrlC(key)) {
                    deliverEvent.set(false);
                    interrupt.run();
                } else if (closes(key)) {
                    deliverEvent.set(false);
                    close();
                } else if (key.getKeyType() == KeyType.Tab || key.getKeyType() == KeyType.ReverseTab) {
                    deliverEvent.set(false);
                }
            }
        });
    }

    private static boolean closes(KeyStroke key) {
        return key.getKeyType() == KeyType.Escape || key.getKeyType() == KeyType.Enter
                || Keys.isF1(key) || Keys.isChar(key, '?') || Keys.isChar(key, 'q');
    }

    private static List<String> rows(Table.Bound<KeyHelp> table, List<KeyHelp> keys, int width) {
        List<String> rows = new ArrayList<>();
        for (KeyHelp key : keys) {
            rows.addAll(table.lines(key, width));
        }
        return rows;
    }
}
