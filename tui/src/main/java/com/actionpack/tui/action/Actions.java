package com.actionpack.tui.action;

import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Reason;
import com.actionpack.tui.shell.FaultBoundary;
import com.actionpack.tui.shell.ShellContext;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs a use case for a screen through the session's {@link FaultBoundary}, so its answer is
 * shown the same way everywhere: a refusal opens a dialog listing every reason with what to do
 * (R6); bad input or a database fault becomes one error line; a busy database is waited for;
 * anything else is one line with an incident id. The screen never decides a rule itself.
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

    public void showRefusal(String what, ActionRefusedException refused) {
        shell.faults().refused(what, refused);
    }

    /** The same dialog for a read-only "may I" query's answer; {@code reasons} is not empty. */
    public void showRefusal(String what, List<Reason> reasons) {
        shell.faults().refused(what, new ActionRefusedException(reasons));
    }

    /** Every reason on its own lines: what is wrong, then what to do. */
    public static String describe(ActionRefusedException refused) {
        return FaultBoundary.describe(refused);
    }

    public static String describe(Reason reason) {
        return FaultBoundary.describe(reason);
    }
}
