package com.actionpack.tui.shell;

import com.actionpack.tui.form.SafeTextBox;
import com.actionpack.tui.text.SafeText;
import com.googlecode.lanterna.TerminalSize;
import com.actionpack.tui.text.Wrap;
import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.Button;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.EmptySpace;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.gui2.WindowBasedTextGUI;
import com.googlecode.lanterna.gui2.WindowListenerAdapter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Small modal windows over the frame. None of them blocks: the answer arrives in a callback on
 * the GUI thread, so that a session's event loop (local, SSH, or a test) keeps running.
 */
public final class Dialogs {

    private static final int MAX_TEXT_WIDTH = 60;
    /** The prompt's field and its reason line: fits an 80-column terminal with the frame. */
    private static final int PROMPT_WIDTH = 56;

    private final WindowBasedTextGUI gui;
    private final Runnable interrupt;

    private final Runnable help;
    private final Notices notices;

    /**
     * {@code interrupt} runs on Ctrl-C inside a dialog: the shell quits at once; {@code help} on
     * F1, as the footer promises in every text field, a prompt's included.
     */
    Dialogs(WindowBasedTextGUI gui, Runnable interrupt, Runnable help, Notices notices) {
        this.gui = gui;
        this.interrupt = interrupt;
        this.help = help;
        this.notices = notices;
    }

    /**
     * Asks before an action that costs money or cannot be undone; runs {@code onConfirm} only
     * after the confirm button. Cancel, Esc, or closing the console do nothing.
     */
    public void confirm(Confirmation question, Runnable onConfirm) {
        confirm(question, onConfirm, () -> { });
    }

    public void confirm(Confirmation question, Runnable onConfirm, Runnable onCancel) {
        Objects.requireNonNull(onConfirm, "onConfirm");
        Objects.requireNonNull(onCancel, "onCancel");
        // A confirmation is asked only once the input passed every check: an error line left from
        // an earlier try ("The card number is not valid") is stale now and must not stay under it.
        notices.current().filter(n -> n.kind() == Notices.Kind.ERROR).ifPresent(n -> notices.clear());
        BasicWindow window = modal(question.title());
        Button cancel = new Button(question.cancelLabel(), () -> {
            window.close();
            onCancel.run();
        });
        Button confirm = new Button(question.confirmLabel(), () -> {
            window.close();
            onConfirm.run();
        });
        Panel buttons = new Panel(new LinearLayout(Direction.HORIZONTAL));
        buttons.addComponent(cancel);
        buttons.addComponent(confirm);
        Panel body = new Panel(new LinearLayout(Direction.VERTICAL));
        body.addComponent(new Label(wrap(question.message())));
        body.addComponent(new EmptySpace(new TerminalSize(1, 1)));
        body.addComponent(buttons, LinearLayout.createLayoutData(LinearLayout.Alignment.End));
        window.setComponent(body);
        onEscape(window, () -> {
            window.close();
            onCancel.run();
        });
        window.setFocusedInteractable(cancel);
        gui.addWindow(window);
    }

    /**
     * Asks before a file the user named is replaced: a question about the user's own files, not
     * an action of core's (those are confirmed only through {@code Actions.confirm}, after
     * core's may-I query). Keep is the default.
     *
     * @param file        the file as the user knows it, e.g. "invoice.txt in your export folder"
     * @param replacement what replaces it, e.g. "INV-00000001" or "the new report"
     */
    public void confirmReplace(String file, String replacement, Runnable onReplace, Runnable onKeep) {
        confirm(new Confirmation("Replace file", SafeText.line(file) + " exists. Replace it with "
                + SafeText.line(replacement) + "? The old file cannot be recovered.", "Replace", "Keep it"),
                onReplace, onKeep);
    }

    /** Shows a message with an OK button. */
    public void message(String title, String text) {
        BasicWindow window = modal(title);
        Button ok = new Button("OK", window::close);
        Panel body = new Panel(new LinearLayout(Direction.VERTICAL));
        body.addComponent(new Label(wrap(text)));
        body.addComponent(new EmptySpace(new TerminalSize(1, 1)));
        body.addComponent(ok, LinearLayout.createLayoutData(LinearLayout.Alignment.End));
        window.setComponent(body);
        onEscape(window, window::close);
        window.setFocusedInteractable(ok);
        gui.addWindow(window);
    }

    /**
     * Asks for one line of text. Enter runs {@code check} on what was typed: a refusal keeps the
     * window open with the text as typed, the reason on a line of its own under the field and
     * the cursor in the field (the user fixes it, never retypes it); an accepted answer closes
     * the window and goes to {@code onAnswer} (an empty line is an answer when the check allows
     * it). Esc cancels without calling back; Ctrl-U clears the field.
     */
    public void ask(String title, String prompt, String initial, PromptCheck check, Consumer<String> onAnswer) {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(onAnswer, "onAnswer");
        BracketedPaste.Listener paste = new BracketedPaste.Listener();
        BasicWindow window = modal(title, paste);
        TextBox box = new SafeTextBox(new TerminalSize(PROMPT_WIDTH, 1), initial == null ? "" : initial);
        Label reason = new Label("");
        Panel body = new Panel(new LinearLayout(Direction.VERTICAL));
        body.addComponent(new Label(SafeText.line(prompt)));
        body.addComponent(box);
        body.addComponent(reason);
        body.addComponent(new Label("Enter applies, Esc cancels, Ctrl-U clears"));
        window.setComponent(body);
        window.addWindowListener(new WindowListenerAdapter() {
            @Override
            public void onInput(Window basePane, KeyStroke key, AtomicBoolean deliverEvent) {
                if (paste.pasting()) {
                    return; // a line break inside a paste is text (a space), never Enter
                }
                if (key.getKeyType() == KeyType.Enter) {
                    deliverEvent.set(false);
                    String typed = box.getText();
                    java.util.Optional<String> problem = check.problem(typed);
                    if (problem.isPresent()) {
                        // Stays open: the text as typed, the reason under it, the cursor in the field.
                        reason.setText(Wrap.text("! " + SafeText.oneLine(problem.get()), PROMPT_WIDTH));
                        window.setFocusedInteractable(box);
                        return;
                    }
                    window.close();
                    onAnswer.accept(typed);
                } else if (Keys.clearLine(box, key)) {
                    deliverEvent.set(false);
                }
            }
        });
        onEscape(window, window::close);
        window.setFocusedInteractable(box);
        gui.addWindow(window);
    }

    private BasicWindow modal(String title) {
        return modal(title, new BracketedPaste.Listener());
    }

    /** @param paste this window's paste state, added first so it sees every key before the others */
    private BasicWindow modal(String title, BracketedPaste.Listener paste) {
        BasicWindow window = new BasicWindow(SafeText.line(title));
        window.setHints(List.of(Window.Hint.MODAL, Window.Hint.CENTERED));
        window.addWindowListener(paste);
        window.addWindowListener(new WindowListenerAdapter() {
            @Override
            public void onInput(Window basePane, KeyStroke key, AtomicBoolean deliverEvent) {
                if (paste.pasting()) {
                    return;
                }
                if (Keys.isCtrlC(key)) {
                    deliverEvent.set(false);
                    interrupt.run();
                } else if (Keys.isF1(key)) {
                    deliverEvent.set(false);
                    help.run();
                }
            }
        });
        return window;
    }

    private static void onEscape(BasicWindow window, Runnable action) {
        window.addWindowListener(new WindowListenerAdapter() {
            @Override
            public void onUnhandledInput(Window basePane, KeyStroke key, AtomicBoolean hasBeenHandled) {
                if (key.getKeyType() == KeyType.Escape) {
                    hasBeenHandled.set(true);
                    action.run();
                }
            }
        });
    }

    private String wrap(String text) {
        int columns = Math.min(MAX_TEXT_WIDTH, Math.max(20, gui.getScreen().getTerminalSize().getColumns() - 8));
        return Wrap.text(SafeText.block(text), columns);
    }
}
