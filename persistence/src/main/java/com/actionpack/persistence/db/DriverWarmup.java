package com.actionpack.persistence.db;

import static com.actionpack.persistence.jooq.Tables.USERS;

import java.sql.Connection;
import java.sql.DriverManager;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Does, on whichever thread calls it, the one-off work of a process's first query: loading
 * sqlite-jdbc's native library, and initialising jOOQ's SQLite rendering, execution and record
 * classes (a few hundred classes and their static set-up). The console calls it on a second core
 * at start, while the main thread parses the command line; class initialisation is thread-safe,
 * so the real first query finds the work done or waits for the rest of it (issue 15).
 *
 * <p>jOOQ's type registry is filled by class initialisers into shared maps, which is not safe
 * while another thread already looks types up: so the warm-up and the first {@link Database#open}
 * exclude each other (the open waits for a warm-up under way, and a warm-up that has not begun
 * by then does nothing). That is process-wide state, as class initialisation is.
 *
 * <p>Touches no file: the query runs on a private in-memory database. Call it only after the
 * process's system properties for jOOQ (no logo) and sqlite-jdbc (where to extract) are set.
 * Never fails: a fault here only costs speed, and the real open reports its own.
 */
public final class DriverWarmup {

    private static final Object LOCK = new Object();
    /** Guarded by LOCK: a database has been opened in this process. */
    private static boolean databaseOpened;

    private DriverWarmup() {
    }

    public static void run() {
        synchronized (LOCK) {
            if (!databaseOpened) {
                warm();
            }
        }
    }

    /** Before a database's first query: waits for a warm-up under way, and keeps a later one from running. */
    static void beforeOpen() {
        synchronized (LOCK) {
            databaseOpened = true;
        }
    }

    private static void warm() {
        try {
            SqliteLibrary.load();
        } catch (DatabaseException e) {
            return; // the real open reports it
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            DSLContext dsl = DSL.using(connection, SQLDialect.SQLITE, SqliteTransactions.settings());
            dsl.fetch("select 1 as one");
            dsl.render(dsl.selectFrom(USERS).where(USERS.EMAIL.eq("warm-up@example.invalid")));
        } catch (Exception | LinkageError e) {
            // only speed is lost
        }
    }
}
