package com.actionpack.tui.testing;

import com.actionpack.core.common.Actor;
import com.actionpack.core.testing.CoreFixture;
import com.actionpack.tui.shell.ConsoleSettings;
import com.actionpack.tui.shell.ScreenFactory;
import java.time.LocalDate;

/**
 * Core over in-memory ports plus a headless console: what a screen test needs. Use
 * {@link #fixture} to set the world up (accounts, purchases, the clock), then {@link #open} a
 * screen as a given user and drive it with the harness.
 */
public final class ScreenWorld {

    public final CoreFixture fixture;

    public ScreenWorld(LocalDate today) {
        this.fixture = new CoreFixture(today);
    }

    public ConsoleHarness open(ScreenFactory screen) {
        return open(80, 24, screen);
    }

    public ConsoleHarness open(int columns, int rows, ScreenFactory screen) {
        return ConsoleHarness.start(columns, rows, ConsoleSettings.defaults(), screen);
    }

    public Actor readyAdmin() {
        return fixture.readyAccount();
    }
}
