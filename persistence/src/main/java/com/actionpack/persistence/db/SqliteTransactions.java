package com.actionpack.persistence.db;

import com.actionpack.core.common.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * One connection per transaction, bound to the calling thread while the use case runs.
 * Writes begin with BEGIN IMMEDIATE (the connection's transaction mode) so a racing writer
 * waits for the lock instead of failing mid-way. The connection goes back to autocommit
 * before it is closed: sqlite-jdbc's commit() starts the next transaction at once, which in
 * IMMEDIATE mode would hold the write lock.
 *
 * <p>On PostgreSQL (#16) writers take turns as on SQLite: each write transaction first takes
 * one transaction-scoped advisory lock, the same key in every host's app, then reads and writes
 * in READ COMMITTED, so it sees what the writer before it committed. Every write appends to
 * the audit chain (R23) and most take a document number (R9): they could never run side by
 * side anyway, and SERIALIZABLE alone made 4 writers on 2 hosts fail as "busy" after 8 retries
 * (InvoiceNumbersOnTwoHostsTest). A writer waits for the lock up to the busy timeout (or the
 * console's {@link LockWait}), then is told "busy" in one line with how long it waited, nothing
 * changed. A writer that falls silent while it holds the turn (its host cut off without closing
 * its connection, a frozen process) loses it: the server ends a write transaction left idle
 * longer than {@link DatabaseOptions#idleWriterTimeout()} (SET LOCAL
 * idle_in_transaction_session_timeout), which rolls it back and releases the lock. A
 * serialisation failure (40001/40P01, e.g. against a writer outside the app) is still rolled
 * back and run again from the start, a few times.
 */
public final class SqliteTransactions implements Transactions {

    private record Bound(DSLContext dsl, boolean writable) {
    }

    private final SqliteConnections connections;
    private final Settings settings;
    private final ThreadLocal<Bound> current = new ThreadLocal<>();

    public SqliteTransactions(SqliteConnections connections) {
        this.connections = connections;
        this.settings = settings();
    }

    static Settings settings() {
        return new Settings().withExecuteLogging(false).withRenderSchema(false).withRenderCatalog(false);
    }

    /** A context on {@code connection} in its backend's dialect (SQLite, or PostgreSQL since #16). */
    public static DSLContext dslOn(Connection connection) {
        return DSL.using(connection, isPostgres(connection) ? SQLDialect.POSTGRES : SQLDialect.SQLITE, settings());
    }

    private static boolean isPostgres(Connection connection) {
        try {
            return connection.isWrapperFor(org.postgresql.PGConnection.class);
        } catch (SQLException e) {
            return false;
        }
    }

    /** A context on a connection of these transactions' backend (tools that write in bulk). */
    public DSLContext dslOn(Connection connection, SqliteConnections of) {
        return DSL.using(connection, of.dialect(), settings);
    }

    /**
     * The writers' turn on PostgreSQL: one advisory lock key ("AP16") shared by every host,
     * released at commit or rollback; lock_timeout bounds the wait (SET LOCAL: this transaction only).
     */
    private static final long WRITER_LOCK_KEY = 0x41503136L;

    /** PostgreSQL's lock_not_available: the wait for the writers' turn ran out. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    /** How many times a serialisation failure is retried before it is told as "busy". */
    static final int SERIALISATION_ATTEMPTS = 8;

    @Override
    public <T> T write(Supplier<T> work) {
        return run(work, true);
    }

    @Override
    public <T> T read(Supplier<T> work) {
        return run(work, false);
    }

    /** The context of the transaction running on this thread; repositories call it per statement. */
    public DSLContext dsl() {
        Bound bound = current.get();
        if (bound == null) {
            throw new IllegalStateException("no transaction on this thread: call the repository inside Transactions");
        }
        return bound.dsl();
    }

    private <T> T run(Supplier<T> work, boolean writable) {
        Bound outer = current.get();
        if (outer != null) {
            if (writable && !outer.writable()) {
                throw new IllegalStateException("a write cannot run inside a read transaction");
            }
            return work.get();
        }
        long started = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            try {
                return runOnce(work, writable);
            } catch (RuntimeException e) {
                if (PostgresFaults.sqlState(e).filter(LOCK_NOT_AVAILABLE::equals).isPresent()) {
                    throw busy(e, started);
                }
                if (!PostgresFaults.isSerialisationFailure(e)) {
                    throw e;
                }
                if (attempt >= SERIALISATION_ATTEMPTS) {
                    throw busy(e, started);
                }
                pause(attempt);
            }
        }
    }

    private DatabaseException busy(RuntimeException e, long startedNanos) {
        return new DatabaseException(DatabaseException.Kind.BUSY, "The database " + connections.shown()
                + " is busy with other writers (waited " + seconds(System.nanoTime() - startedNanos)
                + "): nothing was changed; try again in a moment.", e);
    }

    /** "5.0 s", "0.3 s": one decimal, whatever the locale. */
    static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    private static void pause(int attempt) {
        try {
            // Jittered back-off so two racing hosts do not collide again in step.
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(1, 5L * attempt + 2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private <T> T runOnce(Supplier<T> work, boolean writable) {
        Connection connection = open(writable);
        try {
            begin(connection, writable);
            current.set(new Bound(DSL.using(connection, connections.dialect(), settings), writable));
            T result;
            try {
                result = work.get();
            } catch (RuntimeException | Error e) {
                rollbackQuietly(connection, e);
                throw translate(e);
            }
            commit(connection);
            return result;
        } finally {
            current.remove();
            closeQuietly(connection);
        }
    }

    private Connection open(boolean writable) {
        try {
            return connections.open(writable ? SqliteConnections.Mode.WRITE : SqliteConnections.Mode.READ);
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    private void begin(Connection connection, boolean writable) {
        try {
            connection.setAutoCommit(false);
            if (writable && connections.dialect() == SQLDialect.POSTGRES) {
                Duration wait = LockWait.current() != null ? LockWait.current() : connections.busyTimeout();
                try (java.sql.Statement s = connection.createStatement()) {
                    s.execute("SET LOCAL lock_timeout = " + Math.max(1, wait.toMillis()));
                    // Before the lock: from the moment it is held, a silent writer loses it after this.
                    s.execute("SET LOCAL idle_in_transaction_session_timeout = "
                            + Math.max(1, connections.idleWriterTimeout().toMillis()));
                    s.execute("SELECT pg_advisory_xact_lock(" + WRITER_LOCK_KEY + ")");
                }
            }
        } catch (SQLException e) {
            rollbackQuietly(connection, e);
            throw translate(e);
        }
    }

    private void commit(Connection connection) {
        try {
            connection.commit();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            rollbackQuietly(connection, e);
            if (PostgresFaults.isConnectionLost(e)) {
                // The server may have committed before the line went: saying "not saved" could make
                // someone pay twice. Never retried for the same reason (#16).
                throw new DatabaseException(DatabaseException.Kind.IO, "The connection to " + connections.shown()
                        + " was lost while the action was being saved: it may or may not have been saved; look (the"
                        + " Audit workspace shows what was done) before trying again.", e);
            }
            throw translate(e);
        }
    }

    private static void rollbackQuietly(Connection connection, Throwable failure) {
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing can only fail on a connection that is already unusable.
        }
    }

    private RuntimeException translate(Throwable e) {
        if (e instanceof Error error) {
            throw error;
        }
        if (PostgresFaults.isSerialisationFailure(e)) {
            // Left as it is: run() retries it, and tells it in one line when it keeps failing.
            return e instanceof RuntimeException r ? r : new org.jooq.exception.DataAccessException(e.getMessage(), e);
        }
        if (e instanceof DatabaseException known) {
            return known;
        }
        if (SqliteFaults.isStorageFailure(e)) {
            // A file deleted or replaced under us explains any storage error: say that instead.
            try {
                connections.checkIdentity();
            } catch (DatabaseException gone) {
                gone.addSuppressed(e);
                return gone;
            }
        }
        return connections.translate(e).<RuntimeException>map(d -> d)
                .orElseGet(() -> e instanceof RuntimeException r ? r
                        : new DatabaseException("Database error on " + connections.shown() + ": " + e.getMessage(), e));
    }
}
