package com.actionpack.tui.action;

import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.InvalidInputException;
import com.actionpack.core.common.Reason;
import com.actionpack.tui.shell.ShellContext;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Runs a use case for a screen and shows its answer the same way everywhere: a refusal opens
 * a dialog listing every reason with what to do (R6); bad input becomes one error line. The
 * screen never decides a rule itself.
 */
public final class Actions {

    private final ShellContext shell;

    public Actions(ShellContext shell) {
        this.shell = shell;
    }

    /** Runs {@code action}; on success hands its result to {@code onSuccess}. Returns true on success. */
    public <T> boolean run(String what, Supplier<T> action, Consumer<T> onSuccess) {
        T result;
        try {
            result = action.get();
        } catch (ActionRefusedException refused) {
            showRefusal(what, refused);
            return false;
        } catch (InvalidInputException bad) {
            shell.notices().error(bad.getMessage());
            return false;
        }
        onSuccess.accept(result);
        return true;
    }

    public boolean run(String what, Runnable action) {
        return run(what, () -> {
            action.run();
            return null;
        }, ignored -> { });
    }

    public void showRefusal(String what, ActionRefusedException refused) {
        showRefusal(what, refused.reasons());
    }

    /** The same dialog for a read-only "may I" query's answer; {@code reasons} is not empty. */
    public void showRefusal(String what, List<Reason> reasons) {
        shell.dialogs().message(what + ": not possible",
                reasons.stream().map(Actions::describe).collect(Collectors.joining("\n\n")));
        shell.notices().error(reasons.get(0).message());
    }

    /** Every reason on its own lines: what is wrong, then what to do. */
    public static String describe(ActionRefusedException refused) {
        return refused.reasons().stream().map(Actions::describe).collect(Collectors.joining("\n\n"));
    }

    public static String describe(Reason reason) {
        return "* " + reason.message() + (reason.remedy().isEmpty() ? "" : "\n  " + reason.remedy());
    }
}
