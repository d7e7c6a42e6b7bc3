package com.actionpack.persistence.db;

import com.actionpack.core.common.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
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

    public static DSLContext dslOn(Connection connection) {
        return DSL.using(connection, SQLDialect.SQLITE, settings());
    }

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
        Connection connection = open(writable);
        try {
            begin(connection);
            current.set(new Bound(DSL.using(connection, SQLDialect.SQLITE, settings), writable));
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

    private void begin(Connection connection) {
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    private void commit(Connection connection) {
        try {
            connection.commit();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            rollbackQuietly(connection, e);
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
        return SqliteFaults.translate(connections.file(), e).<RuntimeException>map(d -> d)
                .orElseGet(() -> e instanceof RuntimeException r ? r
                        : new DatabaseException("Database error on " + connections.file() + ": " + e.getMessage(), e));
    }
}
