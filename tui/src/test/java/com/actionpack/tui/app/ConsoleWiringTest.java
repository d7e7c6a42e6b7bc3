package com.actionpack.tui.app;

import com.actionpack.core.account.NewAccount;
import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Actor;
import com.actionpack.core.testing.CoreFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;

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

    @TempDir
    Path dir;

    private static AppConfig config(Map<String, String> environment) {
        return AppConfig.from(new CliOptions(Optional.empty(), Optional.empty(),
                Optional.of(LocalDate.of(2027, 1, 4)), Optional.of("ann@contoso.example")), DATA, environment);
    }

    /** A real database in a temp folder with one account whose Global admin is ann. */
    private AppConfig withDatabase(Optional<LocalDate> asOf, Optional<String> user) {
        AppConfig plain = AppConfig.from(new CliOptions(Optional.of(dir.resolve("wiring.db")), Optional.of(dir),
                Optional.empty(), Optional.empty()), DATA, Map.of());
        AppComponent setup = AppComponent.create(plain);
        if (!setup.core().createAccount().anyAccount()) {
            setup.core().createAccount().create(new NewAccount(CoreFixture.profile("Contoso", "US"),
                    "ann@contoso.example", "Ann Admin"));
        }
        return AppConfig.from(new CliOptions(Optional.of(dir.resolve("wiring.db")), Optional.of(dir), asOf, user),
                DATA, Map.of());
    }

    private AppConfig config() {
        return withDatabase(Optional.empty(), Optional.empty());
    }

    @Test
    void defaultsComeFromTheDataDirectory() {
        AppConfig config = config(Map.of());
        assertEquals(Path.of("/data/actionpack/actionpack.db"), config.database());
        assertEquals(Path.of("/data/actionpack/plugins"), config.plugins());
    }

    @Test
    void actionpackDbInTheEnvironmentChoosesTheDatabaseUnlessDbIsGiven() {
        assertEquals(Path.of("/srv/ap.db"), config(Map.of("ACTIONPACK_DB", "/srv/ap.db")).database());
        AppConfig explicit = AppConfig.from(new CliOptions(Optional.of(Path.of("/x.db")), Optional.empty(),
                Optional.empty(), Optional.empty()), DATA, Map.of("ACTIONPACK_DB", "/srv/ap.db"));
        assertEquals(Path.of("/x.db"), explicit.database());
    }

    @Test
    void noColorInTheEnvironmentMakesTheLocalConsoleMonochrome() {
        assertTrue(config(Map.of("NO_COLOR", "1")).localConsoleSettings().monochrome());
        assertEquals(false, config(Map.of("NO_COLOR", "")).localConsoleSettings().monochrome());
    }

    @Test
    @DisplayName("R14: --user signs in directly; --as-of shows the preview banner and the real workspaces")
    void daggerBuildsASessionThatShowsTheMainMenu() {
        AppComponent app = AppComponent.create(withDatabase(Optional.of(LocalDate.of(2027, 1, 4)),
                Optional.of("ann@contoso.example")));
        ConsoleSettings settings = app.config().localConsoleSettings();
        try (ConsoleHarness console = ConsoleHarness.start(80, 24,
                gui -> app.sessions().create(settings).console().open(gui))) {
            assertTrue(console.line(0).contains("Action Pack Console — Main menu"), console.text());
            assertTrue(console.line(0).contains("ann@contoso.example"), console.text());
            assertTrue(console.line(1).contains("Preview as of 2027-01-04"), console.text());
            console.press(KeyType.Enter);
            assertTrue(console.line(0).contains("Membership"), console.text());
            assertTrue(console.shows("NOT ENROLLED"), console.text());
            assertTrue(console.shows("Buy now is disabled for 2 reasons"), console.text());
        }
    }

    @Test
    @DisplayName("R14: a preview as of another date changes nothing")
    void previewIsReadOnly() {
        AppComponent app = AppComponent.create(withDatabase(Optional.of(LocalDate.of(2027, 1, 4)), Optional.empty()));
        Actor ann = app.core().signIn().signIn("ann@contoso.example", "console");
        ActionRefusedException refused = assertThrows(ActionRefusedException.class,
                () -> app.core().enrollInProgram().enroll(ann));
        assertTrue(refused.getMessage().contains("preview as of 2027-01-04"), refused.getMessage());
    }

    @Test
    void withoutUserTheSessionStartsAtSignIn() {
        AppComponent app = AppComponent.create(config());
        try (ConsoleHarness console = ConsoleHarness.start(80, 24,
                gui -> app.sessions().create(ConsoleSettings.defaults()).console().open(gui))) {
            assertTrue(console.shows("ann@contoso.example"), console.text());
        }
    }

    @Test
    void eachSessionGetsItsOwnObjects() {
        AppComponent app = AppComponent.create(config());
        ConsoleSettings settings = ConsoleSettings.defaults();
        assertNotSame(app.sessions().create(settings).console(), app.sessions().create(settings).console());
    }

    @Test
    void runOnAnyTerminalLeavesTheTerminalAsItFoundIt() throws Exception {
        AppComponent app = AppComponent.create(config());
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        terminal.addInput(new KeyStroke(KeyType.ArrowDown));
        terminal.addInput(new KeyStroke('q', false, false));
        app.sessions().create(ConsoleSettings.defaults()).console().run(terminal);
        assertEquals(' ', terminal.getCharacter(1, 0).getCharacterString().charAt(0),
                "back in the normal buffer, not the console's");
    }

    @Test
    @DisplayName("An unexpected error in a key handler is a notice with an incident id; the session goes on")
    @org.junit.jupiter.api.Timeout(30)
    void anUnexpectedErrorKeepsTheSessionAndRestoresTheTerminalAtTheEnd() throws Exception {
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
                if (key.getKeyType() == KeyType.Character && key.getCharacter() == 'x') {
                    throw new IllegalStateException("database is locked");
                }
                return false;
            }
        };
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        List<String> seen = new java.util.ArrayList<>();
        terminal.addVirtualTerminalListener(new VirtualTerminalListener() {
            @Override
            public void onFlush() {
                StringBuilder screen = new StringBuilder();
                for (int row = 0; row < 24; row++) {
                    for (int column = 0; column < 80; column++) {
                        screen.append(terminal.getCharacter(column, row).getCharacterString());
                    }
                    screen.append('\n');
                }
                seen.add(screen.toString());
                if (screen.toString().contains("incident")) {
                    terminal.addInput(new KeyStroke('q', false, false)); // seen: now quit
                }
            }

            @Override
            public void onBell() {
            }

            @Override
            public void onResized(com.googlecode.lanterna.terminal.Terminal t, TerminalSize size) {
            }

            @Override
            public void onClose() {
            }
        });
        terminal.addInput(new KeyStroke('x', false, false));
        ConsoleSession session = new ConsoleSession(ConsoleSettings.defaults(), shell -> failing);
        session.run(terminal);
        assertTrue(seen.stream().anyMatch(s -> s.matches("(?s).*Failing: unexpected error, incident [0-9a-f]{6}.*")),
                "the notice names an incident:\n" + String.join("\n----\n", seen));
        assertTrue(seen.stream().noneMatch(s -> s.contains("IllegalStateException")), "never a Java class name");
        assertEquals(' ', terminal.getCharacter(1, 0).getCharacterString().charAt(0));
        // The terminal is usable for the one-line message: not in private mode any more.
        terminal.enterPrivateMode();
    }

    @Test
    void theEndOfInputEndsTheSession() throws Exception {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        terminal.addInput(new KeyStroke(KeyType.EOF));
        AppComponent.create(config()).sessions().create(ConsoleSettings.defaults()).console().run(terminal);
        assertEquals(' ', terminal.getCharacter(1, 0).getCharacterString().charAt(0));
    }

    @Test
    void interruptingTheSessionThreadEndsTheSessionAndRestoresTheTerminal() throws Exception {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        ConsoleSession session = AppComponent.create(config()).sessions()
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
