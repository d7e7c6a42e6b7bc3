package com.actionpack.persistence.testing;

import com.actionpack.persistence.db.Database;
import com.actionpack.persistence.db.DatabaseTarget;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;

/**
 * One of the two backends (#16) that a test marked {@link OnBothBackends} runs on. Every
 * {@link #fresh} is a new, empty, migrated database of its own: a SQLite file in a temp
 * folder, or a PostgreSQL database copied from a migrated template on the JVM's one server.
 * JUnit closes the backend after the class has run on it (it is the class's argument): the
 * databases opened through it are closed and dropped, the files deleted.
 */
public interface Backend extends AutoCloseable {

    /** True for PostgreSQL, for the few assertions whose wording differs by backend. */
    boolean isPostgres();

    /** Where a new empty database is; nothing is created there until it is opened (SQLite), or it exists empty but migrated (PostgreSQL). */
    DatabaseTarget freshTarget(String name);

    /** Opens {@code target} as the app does; closed with the backend. */
    Database open(DatabaseTarget target, Clock clock);

    /** A raw JDBC connection to {@code target}, past the app, as someone on the host would connect. */
    Connection connect(DatabaseTarget target) throws SQLException;

    /** A new empty database, opened. */
    default Database fresh(String name, Clock clock) {
        return open(freshTarget(name), clock);
    }

    /** Core wired over a new empty database of this backend. */
    default DbWorld world(String name, LocalDate today) {
        DatabaseTarget target = freshTarget(name);
        return new DbWorld(target, clock -> open(target, clock), today);
    }

    @Override
    void close();
}
