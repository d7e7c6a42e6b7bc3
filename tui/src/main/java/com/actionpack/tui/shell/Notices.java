package com.actionpack.tui.shell;

import com.actionpack.tui.text.SafeText;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one-line message under the content: an error ("Card expired: use a card valid after
 * today") or a notice ("Invoice saved to ..."). Text is escaped here, since messages often
 * quote database values. The shell clears it when you move to another screen.
 */
public final class Notices {

    public enum Kind { INFO, ERROR }

    public record Notice(Kind kind, String text) {
    }

    private Notice current;
    private final List<Runnable> listeners = new ArrayList<>();

    public void info(String text) {
        set(new Notice(Kind.INFO, SafeText.line(text)));
    }

    public void error(String text) {
        set(new Notice(Kind.ERROR, SafeText.line(text)));
    }

    public void clear() {
        set(null);
    }

    public Optional<Notice> current() {
        return Optional.ofNullable(current);
    }

    void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private void set(Notice notice) {
        current = notice;
        listeners.forEach(Runnable::run);
    }
}
