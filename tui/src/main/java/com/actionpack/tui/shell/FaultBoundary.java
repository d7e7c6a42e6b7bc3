package com.actionpack.tui.shell;

import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Reason;
import com.actionpack.persistence.db.LockWait;
import com.actionpack.tui.fault.Failure;
import com.actionpack.tui.fault.Incidents;
import com.actionpack.tui.text.SafeText;
import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.Component;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.EmptySpace;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.TextGUIThread;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.gui2.WindowBasedTextGUI;
import com.googlecode.lanterna.gui2.WindowListenerAdapter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.TerminalSize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The one place where a failure inside a console session becomes something on the screen. Every
 * action a screen runs ({@link #run}), every screen load ({@link #load}) and, as a last line,
 * every exception Lanterna's event loop would let escape ({@link #exceptionHandler}) ends here,
 * and the session always stays open:
 * <ul>
 *   <li>a refusal is shown by {@link Refusals}, the one way for every screen: one reason on the
 *       message line, several in a window (R6); during a screen load every reason takes the
 *       place of the screen's content instead (a Reader opening Bills sees why not);</li>
 *   <li>bad input, an unusable database (read-only, full, I/O, deleted): one error line;</li>
 *   <li>a busy database is waited for: a modal countdown tries the same action again every
 *       second for up to {@link #DEFAULT_WAIT}, then says what to do; Esc stops waiting;</li>
 *   <li>anything else: one line with an incident id, and the stack trace in the log under it.</li>
 * </ul>
 * The screen, its fields and what was typed are never touched, so nothing typed is lost: an
 * action runs as one transaction (core's rule), so a failed one changed nothing.
 */
public final class FaultBoundary {

    /** How long the console waits, in all, for another program's write to end. */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);
    /** How long one try waits for the lock inside SQLite, so the countdown stays live. */
    static final Duration TRY_WAIT = Duration.ofMillis(250);
    private static final int TEXT_WIDTH = 74;

    private final WindowBasedTextGUI gui;
    private final Notices notices;
    private final Refusals refusals;
    private final Consumer<Component> inPlace;
    private final Supplier<String> where;
    private final Incidents incidents;
    private final Duration wait;
    private final LongSupplier nanos;
    private String loading;
    private Waiting waiting;

    /**
     * @param inPlace shows a component in place of the current screen's content
     * @param where   the current screen's title, for failures that come with no action name
     * @param wait    how long a busy database is waited for in all
     */
    FaultBoundary(WindowBasedTextGUI gui, Notices notices, Refusals refusals, Consumer<Component> inPlace,
            Supplier<String> where, Incidents incidents, Duration wait) {
        this.gui = gui;
        this.notices = notices;
        this.refusals = refusals;
        this.inPlace = inPlace;
        this.where = where;
        this.incidents = incidents;
        this.wait = Objects.requireNonNull(wait, "wait");
        this.nanos = System::nanoTime;
    }

    /**
     * Runs a use case for a screen; on success hands its result to {@code onSuccess}. Returns
     * true when it was done now; false when it failed (shown) or is waiting for a busy database
     * (then {@code onSuccess} runs later, when a try succeeds).
     */
    public <T> boolean run(String what, Supplier<T> action, Consumer<T> onSuccess) {
        if (waiting != null) {
            notices.info("Still waiting for the database: press Esc to stop waiting.");
            return false;
        }
        T result;
        try {
            result = LockWait.atMost(TRY_WAIT, action);
        } catch (RuntimeException e) {
            Failure failure = Failure.of(e);
            if (failure.kind() == Failure.Kind.BUSY && loading == null) {
                waiting = new Waiting(what, action, onSuccess);
                waiting.start();
            } else {
                show(what, failure);
            }
            return false;
        }
        succeeded(what, onSuccess, result);
        return true;
    }

    /** As {@link #run(String, Supplier, Consumer)} for an action without a result. */
    public boolean run(String what, Runnable action) {
        return run(what, () -> {
            action.run();
            return null;
        }, ignored -> { });
    }

    /** Shows a refusal the screen caught itself, as any other refusal is shown. */
    public void refused(String what, ActionRefusedException refused) {
        show(what, Failure.of(refused));
    }

    /** Runs a screen's load: a refusal here replaces the screen's content with its reasons. */
    void load(String title, Runnable load) {
        String outer = loading;
        loading = title;
        try {
            load.run();
        } catch (RuntimeException e) {
            show(title, Failure.of(e));
        } finally {
            loading = outer;
        }
    }

    /** True while a busy database is being waited for. */
    public boolean isWaiting() {
        return waiting != null;
    }

    /**
     * The last line: whatever escapes a key handler, a dialog's button or a redraw. A redraw
     * that fails would fail again on the next frame, so the content is replaced first.
     */
    TextGUIThread.ExceptionHandler exceptionHandler() {
        return new TextGUIThread.ExceptionHandler() {
            @Override
            public boolean onIOException(IOException e) {
                // The terminal itself failed (a hangup): the session cannot go on.
                throw new UncheckedIOException(e);
            }

            @Override
            public boolean onRuntimeException(RuntimeException e) {
                Failure failure = Failure.of(e);
                if (drawing(e) && (failure.kind() == Failure.Kind.DATABASE || failure.kind() == Failure.Kind.BUSY)) {
                    // A read made while drawing (a page of a list) met a known database fault: the
                    // same one line as anywhere else, in place of the content that cannot be drawn.
                    inPlace.accept(panel(where.get() + " could not be shown: " + failure.message()
                            + "\n\nPress Esc to go back."));
                    notices.error(failure.message());
                } else if (drawing(e)) {
                    String id = incidents.record("drawing " + where.get(), e);
                    inPlace.accept(panel(where.get() + " could not be shown: an unexpected error (incident " + id
                            + ", details in the log).\n\nPress Esc to go back."));
                    notices.error(where.get() + ": unexpected error, incident " + id + " (details in the log).");
                } else {
                    show(where.get(), failure);
                }
                return false;
            }
        };
    }

    /** Stops a wait in progress (the session is ending). */
    void close() {
        if (waiting != null) {
            waiting.stop();
        }
    }

    private <T> void succeeded(String what, Consumer<T> onSuccess, T result) {
        try {
            onSuccess.accept(result);
        } catch (RuntimeException e) {
            show(what, Failure.of(e));
        }
    }

    private void show(String what, Failure failure) {
        switch (failure.kind()) {
            case REFUSED -> {
                ActionRefusedException refused = refusal(failure.cause());
                if (loading != null) {
                    // In place of the screen, every reason: the one place it is said.
                    inPlace.accept(panel("You cannot open " + loading + ":\n\n" + describe(refused)
                            + "\n\nPress Esc to go back."));
                } else {
                    refusals.refused(what, refused.reasons());
                }
            }
            case INVALID_INPUT, BUSY, DATABASE -> notices.error(failure.message());
            case UNEXPECTED -> {
                String id = incidents.record(what, failure.cause());
                notices.error(what + ": unexpected error, incident " + id + " (details in the log)."
                        + " Your input is kept.");
            }
        }
    }

    private static ActionRefusedException refusal(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ActionRefusedException refused) {
                return refused;
            }
        }
        throw new IllegalStateException("a refusal without ActionRefusedException", t);
    }

    /** Every reason on its own lines: what is wrong, then what to do. */
    public static String describe(ActionRefusedException refused) {
        return Refusals.describe(refused.reasons());
    }

    public static String describe(Reason reason) {
        return Refusals.describe(reason);
    }

    private static Component panel(String text) {
        Panel panel = new Panel(new LinearLayout(Direction.VERTICAL));
        panel.addComponent(new EmptySpace(new TerminalSize(1, 1)));
        String wrapped = TerminalTextUtils.getWordWrappedText(TEXT_WIDTH, SafeText.block(text).split("\n", -1))
                .stream().map(line -> " " + line).collect(Collectors.joining("\n"));
        panel.addComponent(new Label(wrapped));
        return panel;
    }

    private static boolean drawing(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if ("updateScreen".equals(frame.getMethodName())
                    && frame.getClassName().startsWith("com.googlecode.lanterna.gui2.")) {
                return true;
            }
        }
        return false;
    }

    /** One wait for a busy database: a modal countdown and a try every second. */
    private final class Waiting {

        private final String what;
        private final Supplier<?> action;
        private final Consumer<Object> onSuccess;
        private final BasicWindow window = new BasicWindow("Database busy");
        private final Label text = new Label("");
        private final long deadline;
        private ScheduledExecutorService timer;
        private boolean stopped;

        @SuppressWarnings("unchecked")
        <T> Waiting(String what, Supplier<T> action, Consumer<T> onSuccess) {
            this.what = what;
            this.action = action;
            this.onSuccess = (Consumer<Object>) onSuccess;
            this.deadline = nanos.getAsLong() + wait.toNanos();
        }

        void start() {
            window.setHints(List.of(Window.Hint.MODAL, Window.Hint.CENTERED));
            Panel body = new Panel(new LinearLayout(Direction.VERTICAL));
            body.addComponent(text);
            window.setComponent(body);
            window.addWindowListener(new WindowListenerAdapter() {
                @Override
                public void onInput(Window basePane, KeyStroke key, AtomicBoolean deliverEvent) {
                    deliverEvent.set(false);
                    if (key.getKeyType() == KeyType.Escape || Keys.isCtrlC(key)) {
                        stop();
                        notices.info(what + ": stopped waiting for the database; nothing was changed and your"
                                + " input is kept.");
                    }
                }
            });
            update();
            gui.addWindow(window);
            timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "database-wait");
                thread.setDaemon(true);
                return thread;
            });
            timer.scheduleWithFixedDelay(() -> gui.getGUIThread().invokeLater(this::tryAgain), 1, 1, TimeUnit.SECONDS);
        }

        private void update() {
            text.setText("Waiting for another program's write to the database...\n" + secondsLeft()
                    + " s left. Esc stops waiting; what you typed is kept.");
        }

        private long secondsLeft() {
            return Math.max(0, TimeUnit.NANOSECONDS.toSeconds(deadline - nanos.getAsLong() + 999_999_999L));
        }

        private void tryAgain() {
            if (stopped) {
                return;
            }
            Object result;
            try {
                result = LockWait.atMost(TRY_WAIT, action);
            } catch (RuntimeException e) {
                Failure failure = Failure.of(e);
                if (failure.kind() != Failure.Kind.BUSY) {
                    stop();
                    show(what, failure);
                } else if (nanos.getAsLong() - deadline >= 0) {
                    stop();
                    notices.error(what + ": the database is still busy with another program's write after "
                            + wait.toSeconds() + " s. Nothing was changed and your input is kept: close that"
                            + " program or wait, then try again.");
                } else {
                    update();
                }
                return;
            }
            stop();
            succeeded(what, onSuccess, result);
        }

        void stop() {
            stopped = true;
            if (timer != null) {
                timer.shutdownNow();
            }
            window.close();
            waiting = null;
        }
    }
}
