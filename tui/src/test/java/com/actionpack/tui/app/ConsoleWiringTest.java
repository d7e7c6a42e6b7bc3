package com.actionpack.tui.app;

import com.actionpack.tui.cli.CliOptions;
import com.actionpack.tui.shell.ConsoleScreen;
import com.actionpack.tui.shell.ConsoleSettings;
import com.actionpack.tui.shell.KeyHelp;
import com.googlecode.lanterna.gui2.Component;
import com.googlecode.lanterna.gui2.Label;
import com.actionpack.tui.testing.ConsoleHarness;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import com.googlecode.lanterna.terminal.virtual.VirtualTerminalListener;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConsoleWiringTest {

    private static final DataDirectory DATA = new DataDirectory(Path.of("/data/actionpack"));

    private static AppConfig config(Map<String, String> environment) {
        return AppConfig.from(new CliOptions(Optional.empty(), Optional.empty(),
                Optional.of(LocalDate.of(2027, 1, 4)), Optional.of("ann@contoso.example")), DATA, environment);
    }

    @Test
    void defaultsComeFromTheDataDirectory() {
        AppConfig config = config(Map.of());
        assertEquals(Path.of("/data/actionpack/actionpack.db"), config.database());
        assertEquals(Path.of("/data/actionpack/plugins"), config.plugins());
    }

    @Test
    void noColorInTheEnvironmentMakesTheLocalConsoleMonochrome() {
        assertTrue(config(Map.of("NO_COLOR", "1")).localConsoleSettings().monochrome());
        assertEquals(false, config(Map.of("NO_COLOR", "")).localConsoleSettings().monochrome());
    }

    @Test
    void daggerBuildsASessionThatShowsTheMainMenu() {
        AppComponent app = AppComponent.create(config(Map.of()));
        ConsoleSettings settings = app.config().localConsoleSettings();
        try (ConsoleHarness console = ConsoleHarness.start(80, 24,
                gui -> app.sessions().create(settings).console().open(gui))) {
            assertTrue(console.line(0).contains("Action Pack Console — Main menu"), console.text());
            assertTrue(console.line(0).contains("ann@contoso.example"), console.text());
            assertTrue(console.line(1).contains("Preview as of 2027-01-04"), console.text());
            console.press(KeyType.Enter);
            assertTrue(console.shows("Membership is coming"), console.text());
        }
    }

    @Test
    void eachSessionGetsItsOwnObjects() {
        AppComponent app = AppComponent.create(config(Map.of()));
        ConsoleSettings settings = ConsoleSettings.defaults();
        assertNotSame(app.sessions().create(settings).console(), app.sessions().create(settings).console());
    }

    @Test
    void runOnAnyTerminalLeavesTheTerminalAsItFoundIt() throws Exception {
        AppComponent app = AppComponent.create(config(Map.of()));
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        terminal.addInput(new KeyStroke(KeyType.ArrowDown));
        terminal.addInput(new KeyStroke('q', false, false));
        app.sessions().create(ConsoleSettings.defaults()).console().run(terminal);
        assertEquals(' ', terminal.getCharacter(1, 0).getCharacterString().charAt(0),
                "back in the normal buffer, not the console's");
    }

    @Test
    void anUnexpectedErrorStillRestoresTheTerminal() throws Exception {
        ConsoleScreen failing = new ConsoleScreen() {
            @Override
            public String title() {
                return "Failing";
            }

            @Override
            public List<KeyHelp> keys() {
                return List.of();
            }

            @Override
            public Component component() {
                return new Label("about to fail");
            }

            @Override
            public boolean handleKey(KeyStroke key) {
                throw new IllegalStateException("database is locked");
            }
        };
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        terminal.addInput(new KeyStroke('x', false, false));
        ConsoleSession session = new ConsoleSession(ConsoleSettings.defaults(), shell -> failing);
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> session.run(terminal));
        assertEquals("database is locked", thrown.getMessage());
        assertEquals(' ', terminal.getCharacter(1, 0).getCharacterString().charAt(0));
        // The terminal is usable for the one-line message: not in private mode any more.
        terminal.enterPrivateMode();
    }

    @Test
    void theEndOfInputEndsTheSession() throws Exception {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        terminal.addInput(new KeyStroke(KeyType.EOF));
        AppComponent.create(config(Map.of())).sessions().create(ConsoleSettings.defaults()).console().run(terminal);
        assertEquals(' ', terminal.getCharacter(1, 0).getCharacterString().charAt(0));
    }

    @Test
    void interruptingTheSessionThreadEndsTheSessionAndRestoresTheTerminal() throws Exception {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        ConsoleSession session = AppComponent.create(config(Map.of())).sessions()
                .create(ConsoleSettings.defaults()).console();
        CountDownLatch drawn = new CountDownLatch(1);
        terminal.addVirtualTerminalListener(new VirtualTerminalListener() {
            @Override
            public void onFlush() {
                drawn.countDown();
            }

            @Override
            public void onBell() {
            }

            @Override
            public void onClose() {
            }

            @Override
            public void onResized(com.googlecode.lanterna.terminal.Terminal t, TerminalSize size) {
            }
        });
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            try {
                session.run(terminal);
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        thread.start();
        assertTrue(drawn.await(10, TimeUnit.SECONDS), "first screen drawn");
        thread.interrupt();
        thread.join(10_000);
        assertFalse(thread.isAlive(), "session thread ended");
        assertEquals(null, failure.get());
        assertEquals(' ', terminal.getCharacter(1, 0).getCharacterString().charAt(0));
    }
}
