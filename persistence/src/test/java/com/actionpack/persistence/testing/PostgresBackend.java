package com.actionpack.persistence.testing;

import com.actionpack.persistence.db.Database;
import com.actionpack.persistence.db.DatabaseTarget;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Databases on the JVM's one PostgreSQL server ({@link PostgresServer}), each copied from a
 * migrated template ({@code CREATE DATABASE ... TEMPLATE}: milliseconds, not a migration).
 * On close, the pools of every database opened here are closed and the databases dropped, so
 * a long suite holds neither connections nor disk.
 */
final class PostgresBackend implements Backend {

    private final String forWhom;
    private final List<DatabaseTarget.PostgresServer> created = new ArrayList<>();
    private final List<AutoCloseable> pools = new ArrayList<>();

    PostgresBackend(String forWhom) {
        this.forWhom = forWhom;
    }

    @Override
    public boolean isPostgres() {
        return true;
    }

    @Override
    public DatabaseTarget freshTarget(String name) {
        DatabaseTarget.PostgresServer target = PostgresServer.freshMigratedDatabase(forWhom + "_" + name);
        created.add(target);
        return target;
    }

    @Override
    public Database open(DatabaseTarget target, Clock clock) {
        Database db = Database.open(target, clock);
        // For PostgreSQL the write data source is the database's HikariCP pool.
        if (db.connections().writeDataSource() instanceof AutoCloseable pool) {
            pools.add(pool);
        }
        return db;
    }

    @Override
    public Connection connect(DatabaseTarget target) throws SQLException {
        return PostgresServer.connect((DatabaseTarget.PostgresServer) target);
    }

    @Override
    public void close() {
        for (AutoCloseable pool : pools) {
            try {
                pool.close();
            } catch (Exception ignored) {
                // The database is dropped next whatever its pool says.
            }
        }
        pools.clear();
        created.forEach(PostgresServer::drop);
        created.clear();
    }

    @Override
    public String toString() {
        return "PostgreSQL";
    }
}
