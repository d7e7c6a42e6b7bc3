package com.actionpack.persistence.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jooq.SQLDialect;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteOpenMode;
import org.sqlite.SQLiteDataSource;

/**
 * Opens connections to one SQLite file, every one with WAL, foreign keys on and a busy
 * timeout. Writers begin with BEGIN IMMEDIATE: they read before they write, and a deferred
 * transaction gets SQLITE_BUSY at once whatever the timeout (see BUILD-NOTES).
 *
 * <p>Since #16 the same type also hands out connections to a PostgreSQL database
 * ({@link #postgres}), with the dialect and the fault translation of that backend, so the
 * repositories, transactions and reports run unchanged on either. (The name is historical:
 * renaming it would touch every repository while others work on them.)
 */
public final class SqliteConnections {

    public enum Mode { WRITE, READ, REPORT }

    private final Path file;
    private final String shown;
    private final SQLDialect dialect;
    private final DataSource write;
    private final DataSource read;
    private final DataSource report;
    private final Function<Throwable, Optional<DatabaseException>> faults;
    /** How long a writer waits for another writer before it is told "busy". */
    private final Duration busyTimeout;
    /** PostgreSQL only: how long a write transaction may wait on the app before the server ends it. */
    private final Duration idleWriterTimeout;
    /** SQLite only (null for PostgreSQL): the file the app opened, checked before each connection. */
    private final FileIdentity identity;

    /** {@code file} must exist: connections never create it (see {@link FileIdentity}). */
    public SqliteConnections(Path file, Duration busyTimeout) {
        this.file = file;
        this.shown = file.toString();
        this.dialect = SQLDialect.SQLITE;
        this.busyTimeout = busyTimeout;
        this.idleWriterTimeout = DatabaseOptions.IDLE_WRITER_TIMEOUT;
        this.identity = FileIdentity.of(file);
        this.write = dataSource(file, busyTimeout, SQLiteConfig.TransactionMode.IMMEDIATE, false);
        this.read = dataSource(file, busyTimeout, SQLiteConfig.TransactionMode.DEFERRED, false);
        this.report = dataSource(file, busyTimeout, SQLiteConfig.TransactionMode.DEFERRED, true);
        this.faults = t -> SqliteFaults.translate(file, t);
    }

    private SqliteConnections(String shown, DataSource pool, Function<Throwable, Optional<DatabaseException>> faults,
            Duration busyTimeout, Duration idleWriterTimeout) {
        this.file = null;
        this.busyTimeout = busyTimeout;
        this.idleWriterTimeout = idleWriterTimeout;
        this.shown = shown;
        this.dialect = SQLDialect.POSTGRES;
        this.write = pool;
        this.read = pool;
        this.report = pool;
        this.faults = faults;
        this.identity = null;
    }

    /**
     * Connections to a PostgreSQL database from one pool. Reports get read-only transactions
     * from the pool too (set on each connection by {@link #open}).
     */
    static SqliteConnections postgres(String shown, DataSource pool) {
        return postgres(shown, pool, DatabaseOptions.defaults());
    }

    /**
     * As {@link #postgres(String, DataSource)}, writers waiting up to the options' busy timeout
     * for their turn and losing their session after its idle writer timeout.
     */
    static SqliteConnections postgres(String shown, DataSource pool, DatabaseOptions options) {
        return new SqliteConnections(shown, pool, t -> PostgresFaults.translate(shown, t), options.busyTimeout(),
                options.idleWriterTimeout());
    }

    /** How long a writer waits for another writer (SQLite's busy timeout; PostgreSQL's lock wait). */
    public Duration busyTimeout() {
        return busyTimeout;
    }

    /** PostgreSQL: how long a write transaction may wait on the app before the server ends its session. */
    public Duration idleWriterTimeout() {
        return idleWriterTimeout;
    }

    private static SQLiteDataSource dataSource(Path file, Duration busyTimeout, SQLiteConfig.TransactionMode mode,
            boolean queryOnly) {
        SQLiteConfig config = new SQLiteConfig();
        if (queryOnly) {
            // Report connections can never write, whatever a plugin asks of them. The file is
            // already in WAL mode (set by the writers that migrated it).
            config.setReadOnly(true);
        } else {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            // In WAL mode NORMAL never corrupts and survives a killed process; only a power
            // cut may lose the last commits. It spares an fsync per transaction.
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        }
        // Never create the file: Database.open made it (0600); a path that lost its file is an error.
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        config.enforceForeignKeys(true);
        // INSERT OR REPLACE deletes the row it replaces without firing delete triggers unless
        // recursive triggers are on: with them on, the ledgers' never-deleted triggers refuse it.
        config.enableRecursiveTriggers(true);
        config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, busyTimeout.toMillis()));
        config.setTransactionMode(mode);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return ds;
    }

    /** The SQLite file; for PostgreSQL the URL read as a path, for messages only: prefer {@link #shown()}. */
    public Path file() {
        return file != null ? file : Path.of(shown.replace(':', '_').replace('/', '_'));
    }

    /** The location for messages: the file, or the URL without credentials. */
    public String shown() {
        return shown;
    }

    /** The jOOQ dialect of the backend (#16): the same jOOQ code renders for either. */
    public SQLDialect dialect() {
        return dialect;
    }

    /** The one-line message for a storage fault of this backend, if it is one this app knows. */
    public Optional<DatabaseException> translate(Throwable t) {
        return faults.apply(t);
    }

    /**
     * A new connection; throws {@link DatabaseException} ({@code GONE}) when the file was deleted
     * or replaced since the app opened it. Waits for locks as {@link LockWait} says, if set.
     */
    public Connection open(Mode mode) throws SQLException {
        checkIdentity();
        Connection c = switch (mode) {
            case WRITE -> write.getConnection();
            case READ -> read.getConnection();
            case REPORT -> report.getConnection();
        };
        if (dialect == SQLDialect.POSTGRES) {
            try {
                // Pooled connections keep their settings: set both ways every time.
                c.setReadOnly(mode == Mode.REPORT);
                // Writers take turns by an advisory lock (SqliteTransactions) and then read what the
                // writer before them committed: READ COMMITTED, as every other connection.
                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
        }
        Duration wait = LockWait.current();
        if (wait != null && dialect == SQLDialect.SQLITE) {
            c.unwrap(SQLiteConnection.class).setBusyTimeout((int) Math.min(Integer.MAX_VALUE, wait.toMillis()));
        }
        return c;
    }

    /** Throws {@link DatabaseException} ({@code GONE}) when the file was deleted or replaced (SQLite only). */
    public void checkIdentity() {
        if (identity != null) {
            identity.check();
        }
    }

    /** For Flyway: writes, with the same pragmas as the app's own connections. */
    public DataSource writeDataSource() {
        return write;
    }
}
