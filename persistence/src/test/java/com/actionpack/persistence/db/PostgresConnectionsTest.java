package com.actionpack.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.persistence.copy.DatabaseCopy;
import com.actionpack.persistence.demo.BulkGenerator;
import com.actionpack.persistence.demo.DemoData;
import com.actionpack.persistence.testing.PostgresServer;
import com.actionpack.reports.spi.ReportData;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * #16's connections on a real PostgreSQL server: the pool holds what it is sized for and no
 * more, a full pool is one line, and a report really streams (a server-side cursor, not every
 * row in memory first).
 */
class PostgresConnectionsTest {

    @TempDir
    static Path dir;

    /** A database with more invoices than one fetch of a report's cursor (2,000). */
    private static DatabaseTarget.PostgresServer invoices;
    private static long invoiceCount;

    @BeforeAll
    static void manyInvoices() throws SQLException {
        Path file = dir.resolve("bulk.db");
        Database sqlite = Database.open(file, Clock.systemUTC());
        new DemoData(sqlite).create();
        new BulkGenerator(sqlite, line -> { }).generate(20, 6_000);
        invoices = PostgresServer.freshDatabase("streaming");
        new DatabaseCopy(Clock.systemUTC(), line -> { }).copy(file, invoices);
        invoiceCount = count(invoices, "SELECT count(*) FROM invoices");
    }

    private static long count(DatabaseTarget.PostgresServer server, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl()); var s = c.createStatement();
                var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The app's connections to one database, seen by the server. */
    private static long appConnections(DatabaseTarget.PostgresServer server) throws SQLException {
        String name = server.jdbcUrl().replaceAll(".*/([^/?]+)(\\?.*)?$", "$1");
        try (Connection c = DriverManager.getConnection(server.jdbcUrl());
                PreparedStatement s = c.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE datname = ? "
                        + "AND application_name = 'actionpack'")) {
            s.setString(1, name);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void theConsoleHoldsOneConnectionAtRest() throws Exception {
        DatabaseTarget.PostgresServer server = PostgresServer.freshDatabase("console");
        Database db = Database.open(server, Clock.systemUTC());
        new DemoData(db).create();
        db.ledgers().verify();
        assertEquals(1, appConnections(server));
    }

    @Test
    void aPoolOfThreeServesSixSessionsActingAtOnceOnThreeConnections() throws Exception {
        DatabaseTarget.PostgresServer server = PostgresServer.freshDatabase("pool");
        Database db = Database.open(server, Clock.systemUTC(), DatabaseOptions.defaults().withPoolSize(3));
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService sessions = Executors.newFixedThreadPool(6);
        try {
            List<Future<Long>> actions = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                actions.add(sessions.submit(() -> db.transactions().read(() -> {
                    most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    sleep(300);
                    inside.decrementAndGet();
                    return (long) db.transactions().dsl().fetchCount(com.actionpack.persistence.jooq.Tables.ACCOUNTS);
                })));
            }
            for (Future<Long> action : actions) {
                assertEquals(0L, action.get(30, TimeUnit.SECONDS));
            }
        } finally {
            sessions.shutdownNow();
        }
        assertEquals(3, most.get(), "three at once, the others waited their turn");
        assertTrue(appConnections(server) <= 3, "the server saw at most the pool's connections");
    }

    @Test
    void aFullPoolIsOneLineAfterTheWaitAndChangesNothing() throws Exception {
        DatabaseTarget.PostgresServer server = PostgresServer.freshDatabase("full");
        Database db = Database.open(server, Clock.systemUTC(),
                DatabaseOptions.defaults().withPoolSize(1).withBusyTimeout(Duration.ofMillis(500)));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread report = new Thread(() -> db.transactions().read(() -> {
            holding.countDown();
            await(release);
            return null;
        }));
        report.start();
        try {
            assertTrue(holding.await(10, TimeUnit.SECONDS));
            DatabaseException busy = assertThrows(DatabaseException.class,
                    () -> db.transactions().write(() -> new DemoData(db).create()));
            assertTrue(busy.isBusy(), busy::getMessage);
            assertEquals(1, busy.getMessage().lines().count());
            assertTrue(busy.getMessage().startsWith("Every connection to ") && busy.getMessage().contains("nothing was changed"),
                    busy.getMessage());
        } finally {
            release.countDown();
            report.join();
        }
        assertEquals(0, count(server, "SELECT count(*) FROM accounts"));
    }

    /**
     * The export streams: once its first row is in hand the server's connection is ended. Had
     * the driver read every row before handing out the first, the export would finish; with a
     * cursor the rows after the first fetch never come, and the export stops in one line.
     */
    @Test
    void anExportStreamsThroughACursorAndALostConnectionIsOneLine() throws Exception {
        assertTrue(invoiceCount > 5_000, "more rows than one fetch");
        Database db = Database.open(invoices, Clock.systemUTC());
        AtomicLong rows = new AtomicLong();
        DatabaseException lost = assertThrows(DatabaseException.class, () -> db.reports().invoices(ReportData.Filter.ALL,
                row -> {
                    if (rows.incrementAndGet() == 1) {
                        terminateTheReport(invoices);
                    }
                }));
        assertTrue(rows.get() < invoiceCount, rows.get() + " of " + invoiceCount + " rows came after the connection ended");
        assertEquals(1, lost.getMessage().lines().count());
        assertTrue(lost.getMessage().contains("PostgreSQL server of " + invoices.shown())
                && lost.getMessage().contains("not saved"), lost.getMessage());
        // The pool drops the dead connection: the next export reads every row.
        AtomicLong again = new AtomicLong();
        db.reports().invoices(ReportData.Filter.ALL, row -> again.incrementAndGet());
        assertEquals(invoiceCount, again.get());
    }

    /** Ends, from another connection, the app's backend that is reading invoices. */
    private static void terminateTheReport(DatabaseTarget.PostgresServer server) {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl()); var s = c.createStatement();
                var rs = s.executeQuery("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name ="
                        + " 'actionpack' AND query ILIKE '%from \"invoices\"%' AND pid <> pg_backend_pid()")) {
            assertTrue(rs.next() && rs.getBoolean(1), "the report's backend was found and ended");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
