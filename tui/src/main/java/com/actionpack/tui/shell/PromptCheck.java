package com.actionpack.tui.shell;

import java.util.Optional;

/**
 * What a one-line prompt ({@link Dialogs#ask}) refuses, checked when Enter is pressed: a refused
 * answer keeps the prompt open with what was typed, the one-line reason under the field and the
 * cursor in the field, so bad input never loses what was typed. Every prompt names its check
 * (or {@link #none()}), so none can forget it.
 */
@FunctionalInterface
public interface PromptCheck {

    /**
     * Why {@code typed} cannot be used, as one sentence saying what failed and how to fix it;
     * empty when it is fine. Runs on the GUI thread: it must be quick and must not write.
     */
    Optional<String> problem(String typed);

    /** Any text is an answer, an empty one included (e.g. a filter, where empty shows all). */
    static PromptCheck none() {
        return typed -> Optional.empty();
    }
}
