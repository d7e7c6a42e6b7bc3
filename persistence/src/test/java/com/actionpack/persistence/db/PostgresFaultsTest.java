package com.actionpack.persistence.db;

import static com.actionpack.persistence.jooq.Tables.DOCUMENT_SEQUENCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.actionpack.persistence.demo.DemoData;
import com.actionpack.persistence.testing.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * #16: faults met on a real PostgreSQL server are one line each, and an action they interrupt
 * is never half-applied (server down, missing database and a newer schema are in
 * {@link PostgresBackendTest}).
 */
class PostgresFaultsTest {

    private static long count(DatabaseTarget.PostgresServer server, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl()); Statement s = c.createStatement();
                var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The connection is ended by the server in the middle of an action: nothing of it is saved. */
    @Test
    void aConnectionLostMidActionLeavesNothingAndIsOneLine() throws Exception {
        DatabaseTarget.PostgresServer server = PostgresServer.freshDatabase("lost");
        Database db = Database.open(server, Clock.systemUTC());
        DatabaseException lost = assertThrows(DatabaseException.class, () -> db.transactions().write(() -> {
            var dsl = db.transactions().dsl();
            dsl.update(DOCUMENT_SEQUENCE).set(DOCUMENT_SEQUENCE.LAST_VALUE, 41L).execute();
            Integer self = dsl.select(DSL.function("pg_backend_pid", Integer.class)).fetchOne(0, Integer.class);
            try (Connection other = DriverManager.getConnection(server.jdbcUrl()); Statement s = other.createStatement()) {
                s.execute("SELECT pg_terminate_backend(" + self + ")");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return dsl.update(DOCUMENT_SEQUENCE).set(DOCUMENT_SEQUENCE.LAST_VALUE, 42L).execute();
        }));
        assertEquals(1, lost.getMessage().lines().count());
        assertTrue(lost.getMessage().contains("PostgreSQL server of " + server.shown())
                && lost.getMessage().contains("was not saved"), lost.getMessage());
        assertFalse(lost.getMessage().contains("Exception"), lost.getMessage());
        assertEquals(0, count(server, "SELECT last_value FROM document_sequence"));
        // The pool replaced the dead connection: the next action works.
        new DemoData(db).create();
        assertEquals(1, count(server, "SELECT last_value FROM document_sequence"));
    }

    /** A write that waits too long (here for the invoice counter another session holds) is cancelled, untouched. */
    @Test
    void aStatementTimeoutIsOneLineAndChangesNothing() throws Exception {
        DatabaseTarget.PostgresServer server = PostgresServer.freshDatabase("timeout");
        Database.open(server, Clock.systemUTC());
        String name = server.jdbcUrl().replaceAll(".*/([^/?]+)(\\?.*)?$", "$1");
        try (Connection c = DriverManager.getConnection(server.jdbcUrl()); Statement s = c.createStatement()) {
            s.execute("ALTER DATABASE " + name + " SET statement_timeout = '300ms'");
        }
        Database db = Database.open(server, Clock.systemUTC());
        try (Connection holder = DriverManager.getConnection(server.jdbcUrl()); Statement s = holder.createStatement()) {
            holder.setAutoCommit(false);
            s.execute("SELECT * FROM document_sequence FOR UPDATE");
            DatabaseException slow = assertThrows(DatabaseException.class, () -> db.transactions().write(() -> {
                db.transactions().dsl().insertInto(com.actionpack.persistence.jooq.Tables.LEDGER_CHECKS)
                        .set(com.actionpack.persistence.jooq.Tables.LEDGER_CHECKS.CHECKED_AT, java.time.LocalDateTime.now())
                        .set(com.actionpack.persistence.jooq.Tables.LEDGER_CHECKS.INTACT, true)
                        .set(com.actionpack.persistence.jooq.Tables.LEDGER_CHECKS.SUMMARY, "before the counter").execute();
                return db.transactions().dsl().update(DOCUMENT_SEQUENCE)
                        .set(DOCUMENT_SEQUENCE.LAST_VALUE, DOCUMENT_SEQUENCE.LAST_VALUE.plus(1)).execute();
            }));
            assertTrue(slow.isBusy(), slow::getMessage);
            assertEquals(1, slow.getMessage().lines().count());
            assertTrue(slow.getMessage().contains("took too long and was cancelled: nothing was changed"), slow.getMessage());
            holder.rollback();
        }
        assertEquals(0, count(server, "SELECT count(*) FROM ledger_checks"), "the statement before it was rolled back too");
        assertEquals(0, count(server, "SELECT last_value FROM document_sequence"));
    }

    /**
     * Writers that read then write the same row land once each: they take turns (one advisory
     * lock, then READ COMMITTED), so none is lost, none applied twice, and none had to run again.
     */
    @Test
    void writersThatReadThenWriteTakeTurns() throws Exception {
        DatabaseTarget.PostgresServer server = PostgresServer.freshDatabase("serial");
        Database db = Database.open(server, Clock.systemUTC(), DatabaseOptions.defaults().withPoolSize(4));
        AtomicInteger attempts = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                done.add(writers.submit(() -> db.transactions().write(() -> {
                    attempts.incrementAndGet();
                    var dsl = db.transactions().dsl();
                    long last = dsl.select(DOCUMENT_SEQUENCE.LAST_VALUE).from(DOCUMENT_SEQUENCE).fetchOne(0, Long.class);
                    Thread.onSpinWait();
                    return dsl.update(DOCUMENT_SEQUENCE).set(DOCUMENT_SEQUENCE.LAST_VALUE, last + 1).execute();
                })));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            writers.shutdownNow();
        }
        assertEquals(40, count(server, "SELECT last_value FROM document_sequence"), "no write lost, none applied twice");
        assertEquals(40, attempts.get(), "the writers took turns: none collided and ran again");
    }

    /**
     * A password the server refuses: one line that says where the password comes from. The
     * embedded server trusts local logins; a line of its pg_hba.conf asks this one role for a
     * password (skipped on a server given by ACTIONPACK_TEST_PG_URL, whose files are not ours).
     */
    @Test
    void aWrongPasswordIsOneLine() throws Exception {
        assumeTrue(System.getenv(PostgresServer.ENV_URL) == null, "needs the embedded server's pg_hba.conf");
        DatabaseTarget.PostgresServer server = PostgresServer.freshDatabase("password");
        try (Connection c = DriverManager.getConnection(server.jdbcUrl()); Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ap_pw') THEN "
                    + "CREATE ROLE ap_pw LOGIN PASSWORD 'right-one'; END IF; END $$");
            Path hba;
            try (var rs = s.executeQuery("SHOW hba_file")) {
                rs.next();
                hba = Path.of(rs.getString(1));
            }
            String rules = Files.readString(hba);
            if (!rules.startsWith("host all ap_pw")) {
                Files.writeString(hba, "host all ap_pw all scram-sha-256\nlocal all ap_pw scram-sha-256\n" + rules);
                s.execute("SELECT pg_reload_conf()");
            }
        }
        String url = server.jdbcUrl().replace("user=postgres", "user=ap_pw");
        DatabaseException refused = assertThrows(DatabaseException.class, () -> Database.open(
                new DatabaseTarget.PostgresServer(url, Optional.of("wrong-one")), Clock.systemUTC()));
        assertEquals(1, refused.getMessage().lines().count());
        assertTrue(refused.getMessage().contains("refused the login") && refused.getMessage().contains("~/.pgpass"),
                refused.getMessage());
        assertFalse(refused.getMessage().contains("wrong-one"));
    }

    /** The writers' advisory lock key, as {@link SqliteTransactions} takes it. */
    private static final long WRITERS_TURN = 0x41503136L;

    /**
     * A writer falls silent while it holds the writers' turn, as a host cut off without closing
     * its connection does (the server sees an open connection that says nothing): the server ends
     * its session within the idle writer bound, nothing of it is saved, and another host's writer,
     * already waiting, proceeds.
     */
    @Test
    void aSilentWriterLosesTheTurnWithinTheBoundAndAnotherWriterProceeds() throws Exception {
        DatabaseTarget.PostgresServer server = PostgresServer.freshMigratedDatabase("silent");
        Duration bound = Duration.ofSeconds(1);
        Database cutOff = Database.open(server, Clock.systemUTC(), DatabaseOptions.defaults().withIdleWriterTimeout(bound));
        Database other = Database.open(server, Clock.systemUTC(), DatabaseOptions.defaults().withBusyTimeout(Duration.ofSeconds(20)));
        CountDownLatch holding = new CountDownLatch(1);
        ExecutorService hosts = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> silent = hosts.submit(() -> cutOff.transactions().write(() -> {
                int changed = cutOff.transactions().dsl().update(DOCUMENT_SEQUENCE).set(DOCUMENT_SEQUENCE.LAST_VALUE, 99L).execute();
                holding.countDown();
                try {
                    Thread.sleep(bound.toMillis() * 4); // cut off: not a word to the server
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return changed + cutOff.transactions().dsl().update(DOCUMENT_SEQUENCE).set(DOCUMENT_SEQUENCE.LAST_VALUE, 100L).execute();
            }));
            assertTrue(holding.await(20, TimeUnit.SECONDS));
            long waiting = System.nanoTime();
            Future<Integer> next = hosts.submit(() -> other.transactions().write(() -> other.transactions().dsl()
                    .update(DOCUMENT_SEQUENCE).set(DOCUMENT_SEQUENCE.LAST_VALUE, DOCUMENT_SEQUENCE.LAST_VALUE.plus(1)).execute()));
            assertEquals(1, next.get(20, TimeUnit.SECONDS));
            Duration waited = Duration.ofNanos(System.nanoTime() - waiting);
            assertTrue(waited.compareTo(bound.plusSeconds(2)) < 0, "the other writer waited " + waited + ", beyond the bound");
            assertFalse(silent.isDone(), "the other writer went on while the silent one still held on: the server freed the turn");

            var lost = assertThrows(java.util.concurrent.ExecutionException.class, () -> silent.get(20, TimeUnit.SECONDS));
            DatabaseException line = assertInstanceOf(DatabaseException.class, lost.getCause());
            assertEquals(1, line.getMessage().lines().count(), line.getMessage());
            assertTrue(line.getMessage().contains("was not saved"), line.getMessage());
            assertFalse(line.getMessage().contains("Exception"), line.getMessage());
        } finally {
            hosts.shutdownNow();
        }
        assertEquals(1, count(server, "SELECT last_value FROM document_sequence"), "the silent writer's 99 was rolled back");
        // The pool replaced the ended connection: that host's next action works.
        cutOff.transactions().write(() -> cutOff.transactions().dsl().update(DOCUMENT_SEQUENCE)
                .set(DOCUMENT_SEQUENCE.LAST_VALUE, DOCUMENT_SEQUENCE.LAST_VALUE.plus(1)).execute());
        assertEquals(2, count(server, "SELECT last_value FROM document_sequence"));
    }

    /** A writer that does not get its turn within its wait is told, in one line, how long it waited. */
    @Test
    void aWriterThatGivesUpSaysHowLongItWaited() throws Exception {
        DatabaseTarget.PostgresServer server = PostgresServer.freshMigratedDatabase("waited");
        Database db = Database.open(server, Clock.systemUTC(), DatabaseOptions.defaults().withBusyTimeout(Duration.ofMillis(700)));
        try (Connection otherHost = PostgresServer.connect(server); Statement s = otherHost.createStatement()) {
            s.execute("SELECT pg_advisory_lock(" + WRITERS_TURN + ")");
            DatabaseException busy = assertThrows(DatabaseException.class, () -> db.transactions().write(() ->
                    db.transactions().dsl().update(DOCUMENT_SEQUENCE).set(DOCUMENT_SEQUENCE.LAST_VALUE, 5L).execute()));
            assertTrue(busy.isBusy(), busy::getMessage);
            assertEquals(1, busy.getMessage().lines().count(), busy.getMessage());
            assertTrue(busy.getMessage().matches(".* is busy with other writers \\(waited (0\\.[7-9]|[1-9]\\.[0-9]) s\\):"
                    + " nothing was changed; try again in a moment\\."), busy.getMessage());
        }
        assertEquals(0, count(server, "SELECT last_value FROM document_sequence"));
    }

    /**
     * A server that stops answering mid-request (pg_sleep stands in for a cut-off server: the app
     * hears nothing) is given up after the silence limit, in one line, and the next action works.
     */
    @Test
    void aServerSilentPastTheLimitIsOneLineNotAHang() throws Exception {
        DatabaseTarget.PostgresServer server = PostgresServer.freshMigratedDatabase("silence");
        Database db = Database.open(server, Clock.systemUTC(),
                DatabaseOptions.defaults().withServerSilenceLimit(Duration.ofSeconds(1)));
        long started = System.nanoTime();
        DatabaseException lost = assertThrows(DatabaseException.class, () -> db.transactions().read(() ->
                db.transactions().dsl().fetchValue("SELECT pg_sleep(10)::text")));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "gave up after " + took);
        assertEquals(1, lost.getMessage().lines().count(), lost.getMessage());
        assertTrue(lost.getMessage().contains("connection to it was lost"), lost.getMessage());
        assertEquals(0L, (long) db.transactions().read(() -> db.transactions().dsl()
                .select(DOCUMENT_SEQUENCE.LAST_VALUE).from(DOCUMENT_SEQUENCE).fetchOne(0, Long.class)));
    }
}
