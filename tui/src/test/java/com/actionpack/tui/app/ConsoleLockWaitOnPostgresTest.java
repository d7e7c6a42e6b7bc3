package com.actionpack.tui.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.account.NewAccount;
import com.actionpack.core.account.Setup;
import com.actionpack.core.account.VerificationStatus;
import com.actionpack.core.common.Actor;
import com.actionpack.core.testing.CoreFixture;
import com.actionpack.core.usecase.account.NewOperator;
import com.actionpack.core.usecase.account.VerificationDecision;
import com.actionpack.persistence.db.DatabaseTarget;
import com.actionpack.persistence.testing.PostgresServer;
import com.actionpack.tui.cli.CliOptions;
import com.actionpack.tui.shell.ConsoleSettings;
import com.actionpack.tui.testing.ConsoleHarness;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console's wait for the writers' turn on a real PostgreSQL server (#16), as on SQLite
 * ({@link ConsoleFaultsTest}): another host's writer holds the turn (the advisory lock), Pay
 * shows the countdown, Esc stops it with the form kept, and a wait that is not stopped goes
 * through once the turn is free.
 */
class ConsoleLockWaitOnPostgresTest {

    private static final String ANN = "ann@contoso.example";
    /** The writers' advisory lock key ("AP16"), as SqliteTransactions takes it. */
    private static final long WRITERS_TURN = 0x41503136L;

    @TempDir
    Path dir;

    private DatabaseTarget.PostgresServer server;
    private AppComponent app;
    private Actor ann;

    @BeforeEach
    void readyAccount() {
        server = PostgresServer.freshMigratedDatabase("console-wait");
        app = AppComponent.create(AppConfig.from(new CliOptions(Optional.of(server.jdbcUrl()), Optional.of(dir),
                Optional.empty(), Optional.empty()), new DataDirectory(dir), Map.of()));
        Actor operator = Actor.console(app.core().addOperator()
                .add(new NewOperator("op@backoffice.example", "Otto Operator", "test")).operator().id());
        Setup setup = app.core().createAccount().create(new NewAccount(CoreFixture.profile("Contoso", "US"),
                ANN, "Ann Admin"));
        ann = Actor.console(setup.globalAdmin().id());
        app.core().enrollInProgram().enroll(ann);
        app.core().decideVerification().decide(operator, new VerificationDecision(setup.account().id(),
                VerificationStatus.VERIFIED, ""));
    }

    private ConsoleHarness console() {
        return ConsoleHarness.start(80, 24,
                gui -> app.sessions().create(ConsoleSettings.defaults().withUser(ANN)).console().open(gui));
    }

    private static void upToPay(ConsoleHarness console) {
        console.press(KeyType.Enter).type("b");
        console.type(" ").press(KeyType.Tab).press(KeyType.Enter);
        console.press(KeyType.Tab).type(CoreFixture.VISA);
        console.press(KeyType.Tab).type("12/39");
        console.press(KeyType.Tab).type("123");
        console.press(KeyType.Tab).press(KeyType.Enter);
        assertTrue(console.shows("Pay by credit card"), console.text());
    }

    @Test
    @DisplayName("R5 on PostgreSQL: Esc stops the wait for another host's writer; the session and the form are kept")
    void escStopsTheWaitForTheWritersTurn() throws Exception {
        try (ConsoleHarness console = console();
             Connection otherHost = PostgresServer.connect(server);
             Statement turn = otherHost.createStatement()) {
            upToPay(console);
            turn.execute("SELECT pg_advisory_lock(" + WRITERS_TURN + ")");
            console.press(KeyType.Tab).press(KeyType.Enter);
            assertTrue(console.shows("Waiting for another program's write"), console.text());
            long pressed = System.nanoTime();
            console.press(KeyType.Escape);
            assertTrue(System.nanoTime() - pressed < 2_000_000_000L, "Esc was handled at once, not after the wait");
            assertTrue(console.shell().isOpen());
            assertTrue(console.shows("stopped waiting for the database"), console.text());
            assertTrue(console.shows("12/39"), "the typed expiry is still in the form:\n" + console.text());
            turn.execute("SELECT pg_advisory_unlock(" + WRITERS_TURN + ")");
            assertTrue(app.core().billing().orders(ann).isEmpty());
        }
    }

    @Test
    @DisplayName("R5 on PostgreSQL: once the other host's writer lets go, the waiting Pay goes through")
    void theWaitGoesThroughWhenTheTurnIsFree() throws Exception {
        try (ConsoleHarness console = console();
             Connection otherHost = PostgresServer.connect(server);
             Statement turn = otherHost.createStatement()) {
            upToPay(console);
            turn.execute("SELECT pg_advisory_lock(" + WRITERS_TURN + ")");
            console.press(KeyType.Tab).press(KeyType.Enter);
            assertTrue(console.shows("Waiting for another program's write"), console.text());
            assertTrue(app.core().billing().orders(ann).isEmpty(), "nothing is written while the turn is held");
            turn.execute("SELECT pg_advisory_unlock(" + WRITERS_TURN + ")");
            long until = System.nanoTime() + 10_000_000_000L;
            while (app.core().billing().orders(ann).isEmpty() && System.nanoTime() < until) {
                Thread.sleep(100);
                console.settle();
            }
            console.settle();
            assertFalse(app.core().billing().orders(ann).isEmpty(), "the order went through:\n" + console.text());
            assertFalse(console.shows("Waiting for another program's write"), console.text());
        }
    }
}
