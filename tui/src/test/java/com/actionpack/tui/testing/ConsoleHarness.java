package com.actionpack.tui.testing;

import com.actionpack.tui.shell.ConsoleSettings;
import com.actionpack.tui.shell.ConsoleShell;
import com.actionpack.tui.shell.Palette;
import com.actionpack.tui.shell.ScreenFactory;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.gui2.WindowBasedTextGUI;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs a console session headless on Lanterna's virtual terminal: feed keys, read back what a
 * person would see. Everything runs on the calling thread, which is the session's GUI thread.
 *
 * <pre>{@code
 * try (ConsoleHarness console = ConsoleHarness.start(80, 24, settings, MainMenuScreen.factory(Map.of()))) {
 *     console.press(KeyType.Enter);
 *     assertTrue(console.line(0).contains("Membership"));
 * }
 * }</pre>
 */
public final class ConsoleHarness implements AutoCloseable {

    private final DefaultVirtualTerminal terminal;
    private final TerminalScreen screen;
    private final MultiWindowTextGUI gui;
    private final ConsoleShell shell;

    private ConsoleHarness(int columns, int rows, Function<WindowBasedTextGUI, ConsoleShell> shellFactory) {
        try {
            terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
            screen = new TerminalScreen(terminal);
            screen.startScreen();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        gui = new MultiWindowTextGUI(screen);
        shell = shellFactory.apply(gui);
        settle();
    }

    /** A shell with the given settings showing the given first screen. */
    public static ConsoleHarness start(int columns, int rows, ConsoleSettings settings, ScreenFactory first) {
        return new ConsoleHarness(columns, rows, gui -> {
            ConsoleShell shell = new ConsoleShell(gui, settings, Palette.forSettings(settings));
            shell.open(first);
            return shell;
        });
    }

    /** A shell someone else builds and opens on the harness's GUI, e.g. a Dagger-made session. */
    public static ConsoleHarness start(int columns, int rows, Function<WindowBasedTextGUI, ConsoleShell> openShell) {
        return new ConsoleHarness(columns, rows, openShell);
    }

    public ConsoleShell shell() {
        return shell;
    }

    public MultiWindowTextGUI gui() {
        return gui;
    }

    public DefaultVirtualTerminal terminal() {
        return terminal;
    }

    /** Sends keys one by one, letting the GUI act on each. */
    public ConsoleHarness press(KeyStroke... keys) {
        for (KeyStroke key : keys) {
            terminal.addInput(key);
            settle();
        }
        return this;
    }

    public ConsoleHarness press(KeyType... types) {
        for (KeyType type : types) {
            press(new KeyStroke(type));
        }
        return this;
    }

    /** Types characters, e.g. {@code type("q")} or the text of a field. */
    public ConsoleHarness type(String text) {
        text.chars().forEach(c -> press(new KeyStroke((char) c, false, false)));
        return this;
    }

    public ConsoleHarness ctrl(char c) {
        return press(new KeyStroke(c, true, false));
    }

    public ConsoleHarness resize(int columns, int rows) {
        terminal.setTerminalSize(new TerminalSize(columns, rows));
        settle();
        return this;
    }

    /** Processes pending input and tasks and redraws, like one turn of the session's loop. */
    public void settle() {
        try {
            // Twice: the first turn may queue a redraw that a resize or a new window needs.
            gui.getGUIThread().processEventsAndUpdate();
            gui.getGUIThread().processEventsAndUpdate();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TerminalSize size() {
        return terminal.getTerminalSize();
    }

    /** One row of the terminal as text, trailing spaces kept. */
    public String line(int row) {
        StringBuilder out = new StringBuilder();
        int columns = size().getColumns();
        for (int column = 0; column < columns; column++) {
            TextCharacter ch = terminal.getCharacter(column, row);
            out.append(ch.getCharacterString());
            if (ch.isDoubleWidth()) {
                column++;
            }
        }
        return out.toString();
    }

    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (int row = 0; row < size().getRows(); row++) {
            lines.add(line(row));
        }
        return lines;
    }

    /** The whole screen, rows joined by new lines with trailing spaces removed: for messages. */
    public String text() {
        StringBuilder out = new StringBuilder();
        for (String line : lines()) {
            out.append(line.stripTrailing()).append('\n');
        }
        return out.toString();
    }

    public boolean shows(String text) {
        return lines().stream().anyMatch(line -> line.contains(text));
    }

    /**
     * Some row shows these cells in this order with only spaces between them: a table row,
     * whatever the column widths.
     */
    public boolean showsRow(String... cells) {
        java.util.regex.Pattern row = rowPattern(cells);
        return lines().stream().anyMatch(line -> row.matcher(line).find());
    }

    /** The first row showing these cells in order with only spaces between them, or -1. */
    public int rowOfCells(String... cells) {
        java.util.regex.Pattern row = rowPattern(cells);
        List<String> lines = lines();
        for (int i = 0; i < lines.size(); i++) {
            if (row.matcher(lines.get(i)).find()) {
                return i;
            }
        }
        return -1;
    }

    private static java.util.regex.Pattern rowPattern(String... cells) {
        StringBuilder regex = new StringBuilder();
        for (String cell : cells) {
            regex.append(regex.length() == 0 ? "" : " +").append(java.util.regex.Pattern.quote(cell));
        }
        return java.util.regex.Pattern.compile(regex.toString());
    }

    /** The first row showing the text, or -1. */
    public int rowOf(String text) {
        List<String> lines = lines();
        for (int row = 0; row < lines.size(); row++) {
            if (lines.get(row).contains(text)) {
                return row;
            }
        }
        return -1;
    }

    /**
     * Rows whose text reaches the last column without ending in an ellipsis (or a window frame):
     * text that was cut off. The key line and full-width bars are filled with spaces, so they
     * never count.
     */
    public List<String> cutLines() {
        List<String> cut = new ArrayList<>();
        for (String line : lines()) {
            String text = line.stripTrailing();
            if (!text.isEmpty() && text.length() == line.length()) {
                char last = text.charAt(text.length() - 1);
                if (last != '…' && "│┐┘┤".indexOf(last) < 0) {
                    cut.add(line);
                }
            }
        }
        return cut;
    }

    public TextCharacter characterAt(int column, int row) {
        return terminal.getCharacter(column, row);
    }

    @Override
    public void close() {
        shell.quitNow();
        try {
            screen.stopScreen();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
