package com.actionpack.tui.app;

import com.actionpack.tui.shell.ScreenFactory;
import jakarta.inject.Inject;
import java.util.Optional;

/** The Reports workspace's screen, once the report screen is wired in. */
public final class ReportsWorkspace {

    @Inject
    public ReportsWorkspace() {
    }

    public Optional<ScreenFactory> screen() {
        return Optional.empty();
    }
}
