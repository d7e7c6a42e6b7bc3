package com.actionpack.tui.shell;

import com.actionpack.core.common.Reason;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The one way the console shows what stops an action, used by every screen: core's refusal of
 * an action (or its read-only "may I" answer) and a form's invalid fields alike. One problem is
 * the message line alone, one sentence saying what is wrong and what to do. Several open one
 * window listing them all, each with what to do, while the message line only says how many
 * there are and where (never the same text in two places).
 */
public final class Refusals {

    private final Notices notices;
    private final Dialogs dialogs;

    Refusals(Notices notices, Dialogs dialogs) {
        this.notices = notices;
        this.dialogs = dialogs;
    }

    /**
     * Core refused {@code what} (or says it would): "{@code what}: not possible. reason and
     * remedy" on the message line, or a window titled "{@code what}: not possible" with every
     * reason.
     *
     * @param reasons not empty
     */
    public void refused(String what, List<Reason> reasons) {
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs at least one reason");
        }
        if (reasons.size() == 1) {
            notices.error(what + ": not possible. " + reasons.get(0).oneLine());
            return;
        }
        notices.error(what + ": not possible for " + reasons.size() + " reasons, each listed in the window.");
        dialogs.message(what + ": not possible", describe(reasons));
    }

    /**
     * A form's invalid fields, in form order, each one sentence naming its field: the one
     * sentence on the message line, or a window listing them all with the line saying how many
     * and which field has the cursor ({@code firstLabel}).
     *
     * @param sentences not empty
     */
    public void fieldsToFix(String what, List<String> sentences, String firstLabel) {
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("no field to fix");
        }
        if (sentences.size() == 1) {
            notices.error(sentences.get(0));
            return;
        }
        int n = sentences.size();
        notices.error(n + " fields to fix, each listed in the window; the cursor is on the first, " + firstLabel + ".");
        dialogs.message(what + ": " + n + " fields to fix",
                sentences.stream().map(s -> "* " + s).collect(Collectors.joining("\n")));
    }

    /** Every reason on its own lines: what is wrong, then what to do. */
    public static String describe(List<Reason> reasons) {
        return reasons.stream().map(Refusals::describe).collect(Collectors.joining("\n\n"));
    }

    public static String describe(Reason reason) {
        return "* " + reason.message() + (reason.remedy().isEmpty() ? "" : "\n  " + reason.remedy());
    }
}
