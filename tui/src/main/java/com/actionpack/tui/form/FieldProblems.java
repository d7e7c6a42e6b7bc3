package com.actionpack.tui.form;

import com.actionpack.tui.shell.ShellContext;
import com.googlecode.lanterna.gui2.Interactable;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Every invalid field of a form at once, in the order of the form: one dialog lists them all
 * (one sentence each, naming the field, what is wrong and how to fix it), the notice line says
 * how many and where the cursor is, and the cursor is put on the first invalid field, so the
 * user fixes them top to bottom. A single problem is the notice line alone (each message is
 * shown once): the rule of {@link com.actionpack.tui.shell.Refusals}, which shows them. Forms
 * collect the problems (from core's checks) before they ask for any confirmation.
 */
public final class FieldProblems {

    /**
     * One invalid field: where it is, its label as the form shows it, and the sentence saying
     * what is wrong and how to fix it, which names the field itself (never prefixed with the label).
     */
    public record Problem(Interactable field, String label, String message) {
        public Problem {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(message, "message");
        }
    }

    private final List<Problem> problems = new ArrayList<>();

    /** Adds a problem; call in field order. */
    public FieldProblems add(Interactable field, String label, String message) {
        problems.add(new Problem(field, label, message));
        return this;
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** Clears the message line when it holds an error (a notice of success stays). */
    public static void clearError(ShellContext shell) {
        shell.notices().current().filter(n -> n.kind() == com.actionpack.tui.shell.Notices.Kind.ERROR)
                .ifPresent(n -> shell.notices().clear());
    }

    /** The dialog's text: one bullet per field, in order. */
    public String describe() {
        return problems.stream().map(p -> "* " + p.message()).collect(Collectors.joining("\n"));
    }

    /**
     * Shows them all through the shell's {@link com.actionpack.tui.shell.Refusals} (one on the
     * message line, several in a window), cursor on the first. With none, the input is fixed:
     * an error line left from an earlier try is cleared, so it never stays under a later dialog.
     */
    public void show(ShellContext shell, String what) {
        if (problems.isEmpty()) {
            clearError(shell);
            return;
        }
        Problem first = problems.get(0);
        if (first.field() != null) {
            first.field().takeFocus();
        }
        shell.refusals().fieldsToFix(what, problems.stream().map(Problem::message).toList(), first.label());
    }
}
