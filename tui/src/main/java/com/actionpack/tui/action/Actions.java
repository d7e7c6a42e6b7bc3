package com.actionpack.tui.action;

import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Reason;
import com.actionpack.tui.shell.Confirmation;
import com.actionpack.tui.shell.FaultBoundary;
import com.actionpack.tui.shell.ShellContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs a use case for a screen through the session's {@link FaultBoundary}, so its answer is
 * shown the same way everywhere: a refusal shows every reason with what to do (R6) through the
 * shell's {@link com.actionpack.tui.shell.Refusals}; bad input or a database fault becomes one
 * error line; a busy database is waited for; anything else is one line with an incident id.
 * The screen never decides a rule itself: before it offers or confirms an action it asks core's
 * read-only "may I, and if not every reason why" query ({@link #confirm}, {@link #ifAllowed}).
 */
public final class Actions {

    private final ShellContext shell;

    public Actions(ShellContext shell) {
        this.shell = shell;
    }

    /**
     * Runs {@code action}; on success hands its result to {@code onSuccess}. Returns true when
     * done now; false when it failed (already shown) or waits for a busy database.
     */
    public <T> boolean run(String what, Supplier<T> action, Consumer<T> onSuccess) {
        return shell.faults().run(what, action, onSuccess);
    }

    public boolean run(String what, Runnable action) {
        return shell.faults().run(what, action);
    }

    /**
     * Asks core's read-only query {@code mayI} whether {@code what} would be allowed now; when
     * it says no, shows every reason and asks nothing; else asks {@code question} and, on
     * confirm, runs {@code onConfirm} (which runs the action, where core checks the same rules
     * again in its transaction). The only way a screen confirms an action of core's.
     */
    public void confirm(String what, Supplier<List<Reason>> mayI, Confirmation question, Runnable onConfirm) {
        ifAllowed(what, mayI, () -> shell.dialogs().confirm(question, onConfirm));
    }

    /**
     * Asks core's read-only query {@code mayI}; runs {@code then} (opening a form or a prompt
     * for the action) only when core has no reason against it, else shows every reason.
     * Returns true when {@code then} ran.
     */
    public boolean ifAllowed(String what, Supplier<List<Reason>> mayI, Runnable then) {
        List<Reason> reasons = new ArrayList<>();
        if (!run(what, mayI, reasons::addAll)) {
            return false; // the query itself failed; its fault is shown
        }
        if (!reasons.isEmpty()) {
            showRefusal(what, reasons);
            return false;
        }
        then.run();
        return true;
    }

    public void showRefusal(String what, ActionRefusedException refused) {
        shell.faults().refused(what, refused);
    }

    /** A read-only "may I" query's answer, shown as any refusal; {@code reasons} is not empty. */
    public void showRefusal(String what, List<Reason> reasons) {
        shell.refusals().refused(what, reasons);
    }

    /** Every reason on its own lines: what is wrong, then what to do. */
    public static String describe(ActionRefusedException refused) {
        return FaultBoundary.describe(refused);
    }

    public static String describe(Reason reason) {
        return FaultBoundary.describe(reason);
    }
}
