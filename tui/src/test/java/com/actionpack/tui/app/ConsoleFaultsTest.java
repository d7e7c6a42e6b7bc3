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
import com.actionpack.tui.cli.CliOptions;
import com.actionpack.tui.shell.ConsoleSettings;
import com.actionpack.tui.testing.ConsoleHarness;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults a console session meets on a real SQLite file, each driven through the screen as a
 * person would: the session stays open, a notice says what happened, and typed input is kept.
 */
class ConsoleFaultsTest {

    private static final String ANN = "ann@contoso.example";

    @TempDir
    Path dir;

    private Path file;
    private AppComponent app;
    private Actor ann;

    @BeforeEach
    void readyAccount() {
        file = dir.resolve("faults.db");
        app = AppComponent.create(AppConfig.from(new CliOptions(Optional.of(file.toString()), Optional.of(dir),
                Optional.empty(), Optional.empty()), new DataDirectory(dir), Map.of()));
        // R4a: the operator is a back-office user added from the host, never a partner account's user.
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

    /** Membership, b, tick the agreement, the payment form filled, Proceed: the confirm dialog is up. */
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
    @DisplayName("R5: another program's write lock while Pay is pressed is waited for; once released the order goes through")
    void busyDatabaseIsWaitedFor() throws Exception {
        try (ConsoleHarness console = console();
             Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement lock = other.createStatement()) {
            upToPay(console);
            lock.execute("BEGIN IMMEDIATE");
            console.press(KeyType.Tab).press(KeyType.Enter);
            assertTrue(console.shell().isOpen());
            assertTrue(console.shows("Waiting for another program's write"), console.text());
            assertTrue(console.shows("s left"), console.text());
            assertTrue(app.core().billing().orders(ann).isEmpty(), "nothing is written while the lock is held");
            lock.execute("COMMIT");
            long until = System.nanoTime() + 10_000_000_000L;
            while (app.core().billing().orders(ann).isEmpty() && System.nanoTime() < until) {
                Thread.sleep(100);
                console.settle();
            }
            console.settle();
            assertFalse(app.core().billing().orders(ann).isEmpty(), "the order went through:\n" + console.text());
            assertTrue(console.shell().isOpen());
            assertFalse(console.shows("Waiting for another program's write"), console.text());
        }
    }

    @Test
    @DisplayName("R5: Esc while waiting stops the wait; the session and the typed form are kept")
    void escStopsTheWaitAndKeepsTheForm() throws Exception {
        try (ConsoleHarness console = console();
             Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement lock = other.createStatement()) {
            upToPay(console);
            lock.execute("BEGIN IMMEDIATE");
            console.press(KeyType.Tab).press(KeyType.Enter);
            assertTrue(console.shows("Waiting for another program's write"), console.text());
            console.press(KeyType.Escape);
            lock.execute("ROLLBACK");
            assertTrue(console.shell().isOpen());
            assertTrue(console.shows("stopped waiting for the database"), console.text());
            assertTrue(console.shows("12/39"), "the typed expiry is still in the form:\n" + console.text());
            assertTrue(app.core().billing().orders(ann).isEmpty());
        }
    }

    @Test
    @DisplayName("A display name longer than the form allows, written by another tool, is shown shortened")
    void overLongNameIsShownShortened() throws Exception {
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement update = other.createStatement()) {
            update.executeUpdate("UPDATE users SET display_name = '" + "N".repeat(300) + "' WHERE email = '" + ANN + "'");
        }
        try (ConsoleHarness console = console()) {
            for (int i = 0; i < 4; i++) {
                console.press(KeyType.ArrowDown);
            }
            console.press(KeyType.Enter);
            assertTrue(console.shell().isOpen());
            assertTrue(console.line(0).contains("Account and users"), console.text());
            assertTrue(console.shows("NNNN"), console.text());
            assertTrue(console.shows("…"), "the cut is marked:\n" + console.text());
            assertFalse(console.text().contains("longer than"), console.text());
        }
    }

    // Rows of the main menu: Membership, Bills and payments, Benefits, (FAQ: reads no database),
    // Account and users. Bills reads its pages while drawing, the others while loading.
    @org.junit.jupiter.params.ParameterizedTest(name = "main menu row {0} opened first")
    @org.junit.jupiter.params.provider.ValueSource(ints = {0, 1, 2, 4})
    @DisplayName("A database deleted while the console runs: the first workspace opened says so in one line (whether it reads while loading or while drawing), the session kept, nothing created in its place")
    void deletedDatabase(int menuRow) throws Exception {
        try (ConsoleHarness console = console()) {
            Files.delete(file);
            Files.deleteIfExists(Path.of(file + "-wal"));
            Files.deleteIfExists(Path.of(file + "-shm"));
            for (int i = 0; i < menuRow; i++) {
                console.press(KeyType.ArrowDown);
            }
            console.press(KeyType.Enter);
            assertTrue(console.shell().isOpen());
            assertTrue(console.shows("was deleted"), console.text());
            assertFalse(console.text().contains("Exception"), console.text());
            assertFalse(Files.exists(file), "no empty database is created in its place");
        }
    }
}
