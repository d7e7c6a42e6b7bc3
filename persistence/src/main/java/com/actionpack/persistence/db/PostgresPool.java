package com.actionpack.persistence.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;

/**
 * The HikariCP pool of a PostgreSQL database (#16), sized by {@link DatabaseOptions#poolSize()}:
 * small for the console, larger for {@code serve}'s sessions. The password, when the app reads
 * it from PGPASSWORD, is given to the pool only, never put in the URL. Each request waits for
 * the server at most {@link DatabaseOptions#serverSilenceLimit()} (pgjdbc's {@code socketTimeout}).
 */
public final class PostgresPool {

    private PostgresPool() {
    }

    /**
     * Connections opened one by one, outside the pool, for Flyway: it holds two at once (its
     * lock and the migration), which a pool sized for one console session does not have.
     */
    public static javax.sql.DataSource direct(DatabaseTarget.PostgresServer server) {
        org.postgresql.ds.PGSimpleDataSource direct = new org.postgresql.ds.PGSimpleDataSource();
        direct.setURL(server.jdbcUrl());
        server.password().ifPresent(direct::setPassword);
        direct.setApplicationName("actionpack");
        direct.setConnectTimeout(10);
        return direct;
    }

    /** Opens the pool, or throws {@link DatabaseException}: one line for an unreachable server, a refused login, a missing database. */
    public static HikariDataSource open(DatabaseTarget.PostgresServer server, DatabaseOptions options) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.jdbcUrl());
        server.password().ifPresent(config::setPassword);
        config.setPoolName("actionpack");
        config.setMaximumPoolSize(options.poolSize());
        config.setMinimumIdle(1);
        // Connections beyond the one kept go back to the server a minute after their last use
        // (a report's stream, a burst of serve sessions): the server's connections are shared.
        config.setIdleTimeout(60_000);
        // Connections return to autocommit after every transaction (SqliteTransactions does it).
        config.setAutoCommit(true);
        config.setConnectionTimeout(Math.max(250, options.busyTimeout().toMillis()));
        config.addDataSourceProperty("ApplicationName", "actionpack");
        // A dead server is told within seconds, not after the driver's default minutes.
        config.addDataSourceProperty("connectTimeout", "10");
        // A server cut off mid-request (no FIN, no RST) is given up after the silence limit, not
        // after the quarter of an hour and more TCP takes: the session gets one line, never hangs.
        config.addDataSourceProperty("socketTimeout", String.valueOf(options.serverSilenceLimit().toSeconds()));
        // Idle pooled connections to a vanished server are found by the OS's keepalive probes.
        config.addDataSourceProperty("tcpKeepAlive", "true");
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw PostgresFaults.translate(server.shown(), cause).orElseGet(() -> new DatabaseException(
                    "Cannot open " + server.shown() + " (" + Migrations.firstLine(cause.getMessage()) + ").", e));
        }
    }
}
