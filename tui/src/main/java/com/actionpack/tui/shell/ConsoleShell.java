package com.actionpack.tui.shell;

import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.BorderLayout;
import com.googlecode.lanterna.gui2.Component;
import com.googlecode.lanterna.gui2.Container;
import com.googlecode.lanterna.gui2.Interactable;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.gui2.WindowBasedTextGUI;
import com.googlecode.lanterna.gui2.WindowListenerAdapter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

import com.actionpack.tui.fault.Incidents;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The frame of one console session on one Lanterna GUI: a full-screen window with the title
 * bar, the current screen, the notice line and the key footer, plus the keys that work
 * everywhere (help, back, filter, quit). Knows nothing about terminals: whoever owns the
 * terminal builds the GUI, hands it over, and restores the terminal after {@link #run}.
 */
public final class ConsoleShell implements ShellContext {

    private static final long MAX_IDLE_SLEEP_MS = 16;
    private static final KeyHelp HELP = KeyHelp.of("?", "Help");
    private static final KeyHelp BACK = KeyHelp.of("Esc", "Back");
    private static final KeyHelp QUIT = KeyHelp.of("q", "Quit");

    private final WindowBasedTextGUI gui;
    private final ConsoleSettings settings;
    private final Navigator navigator = new Navigator();
    private final Notices notices = new Notices();
    private final Dialogs dialogs;
    private final BasicWindow window = new BasicWindow();
    private final HeaderBar header;
    private final FooterBar footer;
    private final Panel content = new Panel(new BorderLayout());
    private final Map<ConsoleScreen, Interactable> savedFocus = new IdentityHashMap<>();
    private final FaultBoundary faults;

    public ConsoleShell(WindowBasedTextGUI gui, ConsoleSettings settings, Palette palette) {
        this.gui = gui;
        this.settings = settings;
        this.dialogs = new Dialogs(gui, this::quitNow);
        this.faults = new FaultBoundary(gui, notices, dialogs, this::showInPlace,
                () -> navigator.depth() == 0 ? "Console" : navigator.current().title(), new Incidents(),
                FaultBoundary.DEFAULT_WAIT);
        // The last line of the boundary: nothing thrown inside the event loop ends the session.
        gui.getGUIThread().setExceptionHandler(faults.exceptionHandler());
        this.header = new HeaderBar(palette, settings.user(), settings.asOf());
        this.footer = new FooterBar(palette, notices);
        gui.setTheme(palette.theme());

        Panel frame = new Panel(new BorderLayout());
        frame.addComponent(header, BorderLayout.Location.TOP);
        frame.addComponent(content, BorderLayout.Location.CENTER);
        frame.addComponent(footer, BorderLayout.Location.BOTTOM);
        window.setComponent(frame);
        window.setHints(List.of(Window.Hint.FULL_SCREEN, Window.Hint.NO_DECORATIONS,
                Window.Hint.NO_POST_RENDERING));
        window.addWindowListener(new GlobalKeys());
        navigator.addListener(this::show);
    }

    /** Shows the frame with its first screen and returns at once; the caller runs the events. */
    public void open(ScreenFactory first) {
        if (isOpen()) {
            throw new IllegalStateException("console already open");
        }
        gui.addWindow(window);
        navigator.push(first.create(this));
    }

    /**
     * Opens, then runs the GUI's event loop on this thread until the console is quit, the input
     * ends (an SSH channel closed) or the thread is interrupted; the last two close the windows.
     *
     * <p>Lanterna has no blocking read to wait on, so the loop polls. Lanterna's own loop polls
     * every millisecond, which costs 3-4% of a core per idle session; this one backs off to
     * {@value #MAX_IDLE_SLEEP_MS} ms while nothing happens and polls at once after a key.
     */
    public void run(ScreenFactory first) {
        open(first);
        long sleep = 1;
        while (isOpen()) {
            boolean busy;
            try {
                busy = gui.getGUIThread().processEventsAndUpdate();
            } catch (EOFException e) {
                quitNow();
                return;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (busy) {
                sleep = 1;
                continue;
            }
            try {
                Thread.sleep(sleep);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                quitNow();
                return;
            }
            sleep = Math.min(sleep * 2, MAX_IDLE_SLEEP_MS);
        }
    }

    public boolean isOpen() {
        return gui.getWindows().contains(window);
    }

    @Override
    public Navigator navigator() {
        return navigator;
    }

    @Override
    public Notices notices() {
        return notices;
    }

    @Override
    public Dialogs dialogs() {
        return dialogs;
    }

    @Override
    public FaultBoundary faults() {
        return faults;
    }

    @Override
    public ConsoleSettings settings() {
        return settings;
    }

    @Override
    public void signedIn(String email) {
        header.setUser(email);
    }

    /** The title bar text, e.g. "Action Pack Console — Membership". */
    public String title() {
        return header.titleText();
    }

    /** {@code q}: quits, asking first when any open screen holds unsaved input. */
    public void requestQuit() {
        if (!navigator.anyUnsavedInput()) {
            quitNow();
            return;
        }
        dialogs.confirm(new Confirmation("Quit",
                "You have input that is not saved. Quit anyway and lose it?",
                "Quit", "Keep editing"), this::quitNow);
    }

    /** Closes every window of this session, which ends {@link #run}. */
    public void quitNow() {
        faults.close();
        for (Window open : new ArrayList<>(gui.getWindows())) {
            open.close();
        }
    }

    /** Esc: goes back one screen, asking first when the current one holds unsaved input. */
    public void requestBack() {
        if (!navigator.canGoBack()) {
            notices.info("This is the main menu: press q to quit.");
            return;
        }
        ConsoleScreen current = navigator.current();
        if (!current.hasUnsavedInput()) {
            navigator.pop();
            return;
        }
        dialogs.confirm(new Confirmation("Leave " + current.title(),
                "You have input that is not saved. Go back and lose it?",
                "Go back", "Keep editing"), navigator::pop);
    }

    public void showHelp() {
        ConsoleScreen current = navigator.current();
        gui.addWindow(new HelpWindow(current.title(), current.keys(), gui.getScreen().getTerminalSize(), this::quitNow));
    }

    /** {@code /}: asks for filter text for the focused list, or for the screen itself. */
    public void requestFilter() {
        Filterable target = filterTarget();
        if (target == null) {
            notices.info("Nothing to filter on this screen.");
            return;
        }
        dialogs.ask("Filter", "Show only rows containing (empty shows all):", target.filter(),
                target::applyFilter);
    }

    private Filterable filterTarget() {
        Interactable focused = window.getFocusedInteractable();
        if (focused instanceof Filterable) {
            return (Filterable) focused;
        }
        ConsoleScreen current = navigator.current();
        return current instanceof Filterable ? (Filterable) current : null;
    }

    private void show(Navigator.Change change) {
        ConsoleScreen current = change.current();
        if (change.kind() == Navigator.Kind.PUSH && change.previous() != null) {
            savedFocus.put(change.previous(), window.getFocusedInteractable());
        } else if (change.previous() != null) {
            savedFocus.remove(change.previous());
        }
        Component component = current.component();
        content.removeAllComponents();
        content.addComponent(component, BorderLayout.Location.CENTER);
        notices.clear();
        header.setWhere(current.title());
        List<KeyHelp> keys = new ArrayList<>(current.keys());
        if (navigator.canGoBack()) {
            keys.add(BACK);
        }
        keys.add(QUIT);
        footer.setKeys(keys, HELP);
        Interactable restored = change.kind() == Navigator.Kind.POP ? savedFocus.remove(current) : null;
        window.setFocusedInteractable(restored != null ? restored : firstInteractable(component));
        faults.load(current.title(), current::onShow);
    }

    /** Puts a message (a refusal, a fault) where the current screen's content was. */
    private void showInPlace(Component replacement) {
        content.removeAllComponents();
        content.addComponent(replacement, BorderLayout.Location.CENTER);
        window.setFocusedInteractable(null);
    }

    private static Interactable firstInteractable(Component component) {
        if (component instanceof Interactable && ((Interactable) component).isEnabled()) {
            return (Interactable) component;
        }
        if (component instanceof Container) {
            return ((Container) component).nextFocus(null);
        }
        return null;
    }

    private boolean typingFocused() {
        Interactable focused = window.getFocusedInteractable();
        return focused instanceof TextBox || focused instanceof TextEntry;
    }

    /** Keys that mean the same on every screen. */
    private final class GlobalKeys extends WindowListenerAdapter {

        @Override
        public void onInput(Window basePane, KeyStroke key, AtomicBoolean deliverEvent) {
            boolean handled = true;
            if (Keys.isCtrlC(key)) {
                quitNow();
            } else if (Keys.isF1(key)) {
                showHelp();
            } else if (Keys.clearLine(window.getFocusedInteractable(), key)) {
                handled = true;
            } else if (typingFocused()) {
                handled = false;
            } else if (Keys.isChar(key, '?')) {
                showHelp();
            } else if (Keys.isChar(key, 'q')) {
                requestQuit();
            } else if (Keys.isChar(key, '/')) {
                requestFilter();
            } else {
                handled = false;
            }
            if (handled) {
                deliverEvent.set(false);
            }
        }

        @Override
        public void onUnhandledInput(Window basePane, KeyStroke key, AtomicBoolean hasBeenHandled) {
            if (navigator.current().handleKey(key)) {
                hasBeenHandled.set(true);
            } else if (key.getKeyType() == KeyType.Escape) {
                requestBack();
                hasBeenHandled.set(true);
            }
        }
    }
}
