package com.actionpack.tui.shell;

import java.util.Objects;

/**
 * A question to confirm before something that costs money or cannot be undone. The cancel
 * button has the focus when the dialog opens, so a stray Enter never confirms.
 *
 * @param title        dialog title, e.g. "Place order"
 * @param message      what will happen, with the amounts; several lines allowed
 * @param confirmLabel the button that goes ahead, naming the action: "Pay 475.00 USD"
 * @param cancelLabel  the button that stops, usually "Cancel"
 */
public record Confirmation(String title, String message, String confirmLabel, String cancelLabel) {

    public Confirmation {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(confirmLabel, "confirmLabel");
        Objects.requireNonNull(cancelLabel, "cancelLabel");
    }

    public static Confirmation of(String title, String message, String confirmLabel) {
        return new Confirmation(title, message, confirmLabel, "Cancel");
    }
}
