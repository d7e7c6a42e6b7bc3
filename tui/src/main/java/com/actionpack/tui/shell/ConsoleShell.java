package com.actionpack.tui.shell;

import com.actionpack.tui.text.Wrap;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.BorderLayout;
import com.googlecode.lanterna.gui2.Component;
import com.googlecode.lanterna.gui2.Container;
import com.googlecode.lanterna.gui2.Interactable;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.Panel;
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

    private static final KeyHelp HELP = KeyHelp.of("?", "Help");
    private static final KeyHelp BACK = KeyHelp.of("Esc", "Back");
    private static final KeyHelp QUIT = KeyHelp.of("q", "Quit");
    private static final KeyHelp HELP_IN_FIELD = KeyHelp.of("F1", "Help");
    private static final KeyHelp CLEAR_FIELD = KeyHelp.of("Ctrl-U", "Clear field");
    private static final KeyHelp QUIT_IN_FIELD = KeyHelp.of("Ctrl-C", "Quit");
    /** The smallest terminal every screen is laid out for. */
    public static final TerminalSize MINIMUM = new TerminalSize(80, 24);

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
    private final Refusals refusals;
    private final Label tooSmall = new Label("");
    private final BracketedPaste.Listener paste = new BracketedPaste.Listener();
    private boolean shrunk;
    private Interactable focusBeforeShrink;

    public ConsoleShell(WindowBasedTextGUI gui, ConsoleSettings settings, Palette palette) {
        this.gui = gui;
        this.settings = settings;
        this.dialogs = new Dialogs(gui, this::quitNow, this::showHelp, notices);
        this.refusals = new Refusals(notices, dialogs);
        this.faults = new FaultBoundary(gui, notices, refusals, this::showInPlace,
                () -> navigator.depth() == 0 ? "Console" : navigator.current().title(), new Incidents(),
                FaultBoundary.DEFAULT_WAIT);
        // The last line of the boundary: nothing thrown inside the event loop ends the session.
        gui.getGUIThread().setExceptionHandler(faults.exceptionHandler());
        this.header = new HeaderBar(palette, settings.user(), settings.asOf());
        this.footer = new FooterBar(palette, notices, this::focus,
                gui.getScreen().getTerminalSize().getColumns());
        gui.setTheme(palette.theme());

        Panel frame = new Panel(new BorderLayout());
        frame.addComponent(header, BorderLayout.Location.TOP);
        frame.addComponent(content, BorderLayout.Location.CENTER);
        frame.addComponent(footer, BorderLayout.Location.BOTTOM);
        window.setComponent(frame);
        window.setHints(List.of(Window.Hint.FULL_SCREEN, Window.Hint.NO_DECORATIONS,
                Window.Hint.NO_POST_RENDERING));
        window.addWindowListener(paste);
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
        fitTo(gui.getScreen().getTerminalSize());
    }

    /**
     * Opens, then runs the GUI's event loop on this thread until the console is quit, the input
     * ends (an SSH channel closed) or the thread is interrupted; the last two close the windows.
     * Between passes that find nothing to draw it waits as {@link IdleWait#polling()} does: a
     * local terminal has nothing that could wake it.
     */
    public void run(ScreenFactory first) {
        run(first, IdleWait.polling());
    }

    /**
     * {@link #run(ScreenFactory)}, waiting with {@code idle} whenever a pass of the loop found
     * nothing to draw. A pass reads every key there is, runs every queued task and draws what
     * they changed; the loop waits only after a pass that drew nothing, so nothing the GUI has
     * to show (the first screen, a redraw a draw asked for) ever waits for the end of a wait.
     */
    public void run(ScreenFactory first, IdleWait idle) {
        open(first);
        int idlePasses = 0;
        while (isOpen()) {
            boolean drew;
            try {
                drew = gui.getGUIThread().processEventsAndUpdate();
            } catch (EOFException e) {
                quitNow();
                return;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (drew) {
                idlePasses = 0;
                continue;
            }
            // Capped: a session idle for months must not overflow the count.
            idlePasses = Math.min(idlePasses + 1, 1_000);
            try {
                idle.await(idlePasses);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                quitNow();
                return;
            }
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
    public Refusals refusals() {
        return refusals;
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
            notices.info("Nothing to go back to from " + navigator.current().title() + ": "
                    + (typingFocused() ? "Ctrl-C quits." : "press q to quit."));
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
                PromptCheck.none(), target::applyFilter);
    }

    private Filterable filterTarget() {
        // A screen that filters itself (e.g. a search asked of core) wins over its list's own filter.
        ConsoleScreen current = navigator.current();
        if (current instanceof Filterable screen) {
            return screen;
        }
        Interactable focused = window.getFocusedInteractable();
        return focused instanceof Filterable list ? list : null;
    }

    private void show(Navigator.Change change) {
        ConsoleScreen current = change.current();
        if (change.kind() == Navigator.Kind.PUSH && change.previous() != null) {
            savedFocus.put(change.previous(), window.getFocusedInteractable());
        } else if (change.previous() != null) {
            savedFocus.remove(change.previous());
        }
        Component component = current.component();
        notices.clear();
        header.setWhere(current.title());
        List<KeyHelp> keys = new ArrayList<>(current.keys());
        List<KeyHelp> inField = new ArrayList<>();
        for (KeyHelp key : current.keys()) {
            if (!typedInField(key)) {
                inField.add(key);
            }
        }
        if (navigator.canGoBack()) {
            keys.add(BACK);
            inField.add(BACK);
        }
        inField.add(CLEAR_FIELD);
        keys.add(QUIT);
        inField.add(QUIT_IN_FIELD);
        footer.setKeys(keys, HELP, inField, HELP_IN_FIELD);
        Interactable restored = change.kind() == Navigator.Kind.POP ? savedFocus.remove(current) : null;
        Interactable focus = restored != null ? restored : firstInteractable(component);
        if (shrunk) {
            focusBeforeShrink = focus;
        } else {
            content.removeAllComponents();
            content.addComponent(component, BorderLayout.Location.CENTER);
            window.setFocusedInteractable(focus);
        }
        faults.load(current.title(), current::onShow);
    }

    /** Puts a message (a refusal, a fault) where the current screen's content was. */
    private void showInPlace(Component replacement) {
        if (shrunk) {
            return; // the "too small" line stays; the notice line still says what happened
        }
        content.removeAllComponents();
        content.addComponent(replacement, BorderLayout.Location.CENTER);
        window.setFocusedInteractable(null);
    }

    /** A screen key that a text field would take as typed text (a letter, Space): not shown there. */
    private static boolean typedInField(KeyHelp key) {
        String keys = key.keys();
        return keys.codePointCount(0, keys.length()) == 1 || keys.equals("Space");
    }

    /**
     * Below {@link #MINIMUM} the content is replaced by one line saying so (nothing is laid out
     * for less, so nothing would be cut silently); it comes back, with its focus, once the
     * terminal is large enough again.
     */
    private void fitTo(TerminalSize size) {
        boolean small = size.getColumns() < MINIMUM.getColumns() || size.getRows() < MINIMUM.getRows();
        if (small) {
            tooSmall.setText(Wrap.text(" Terminal too small: " + MINIMUM.getColumns() + "x" + MINIMUM.getRows()
                    + " needed, now " + size.getColumns() + "x" + size.getRows()
                    + ". Enlarge the window; Esc, q and Ctrl-C still work.", Math.max(20, size.getColumns() - 2)));
            if (!shrunk) {
                shrunk = true;
                focusBeforeShrink = window.getFocusedInteractable();
                content.removeAllComponents();
                content.addComponent(tooSmall, BorderLayout.Location.CENTER);
                window.setFocusedInteractable(null);
            }
        } else if (shrunk) {
            shrunk = false;
            content.removeAllComponents();
            Component component = navigator.current().component();
            content.addComponent(component, BorderLayout.Location.CENTER);
            window.setFocusedInteractable(focusBeforeShrink != null && focusBeforeShrink.getBasePane() == window
                    ? focusBeforeShrink : firstInteractable(component));
            focusBeforeShrink = null;
        }
    }

    /** True while the terminal is smaller than {@link #MINIMUM} and the content says so. */
    public boolean tooSmall() {
        return shrunk;
    }

    /** F2: the whole notice in a window, for one too long for the footer. */
    private void showWholeNotice() {
        notices.current().ifPresent(notice -> dialogs.message(
                notice.kind() == Notices.Kind.ERROR ? "Error" : "Message", notice.text()));
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

    /** True when the field that gets the keys is a text field: the main window's or a prompt's over it. */
    private boolean typingFocused() {
        Window active = gui.getActiveWindow();
        return Keys.isTyping(active == null ? window.getFocusedInteractable() : active.getFocusedInteractable());
    }

    /** Where the keys go now, for the footer: the screen or one of its fields, or a dialog over it. */
    private FooterBar.Focus focus() {
        Window active = gui.getActiveWindow();
        if (active != null && active != window) {
            return Keys.isTyping(active.getFocusedInteractable()) ? FooterBar.Focus.DIALOG_FIELD
                    : FooterBar.Focus.DIALOG;
        }
        return Keys.isTyping(window.getFocusedInteractable()) ? FooterBar.Focus.FIELD : FooterBar.Focus.SCREEN;
    }

    /** Keys that mean the same on every screen. */
    private final class GlobalKeys extends WindowListenerAdapter {

        @Override
        public void onInput(Window basePane, KeyStroke key, AtomicBoolean deliverEvent) {
            if (paste.pasting() || key == BracketedPaste.START || key == BracketedPaste.END) {
                return; // pasted text is text, never a shortcut
            }
            boolean handled = true;
            if (Keys.isCtrlC(key)) {
                quitNow();
            } else if (Keys.isF1(key)) {
                showHelp();
            } else if (key.getKeyType() == KeyType.F2) {
                showWholeNotice();
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
            // The key may move the focus into or out of a text field: the footer follows.
            footer.invalidate();
        }

        @Override
        public void onResized(Window window, TerminalSize oldSize, TerminalSize newSize) {
            fitTo(gui.getScreen().getTerminalSize());
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
