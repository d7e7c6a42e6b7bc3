package com.actionpack.persistence.db;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Turns PostgreSQL's SQLSTATEs into one-line messages that say what to do (#16), the twin of
 * {@link SqliteFaults}: server down, login refused, missing database, missing privilege,
 * statement timeout, a refused change. {@code shown} is the URL without credentials.
 */
public final class PostgresFaults {

    private PostgresFaults() {
    }

    /** The SQLSTATE somewhere in {@code t}'s causes, if any. */
    public static Optional<String> sqlState(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException e && e.getSQLState() != null) {
                return Optional.of(e.getSQLState());
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * 25P03: the server ended a session left idle inside its transaction (the app's write
     * transactions set idle_in_transaction_session_timeout). The transaction was rolled back:
     * unlike other lost connections, never "may have been saved", even at commit.
     */
    static final String IDLE_WRITER_ENDED = "25P03";

    /** The connection broke or the server ended it (SQLSTATE 08xxx, 57P01..57P03). */
    public static boolean isConnectionLost(Throwable t) {
        return sqlState(t).filter(s -> s.startsWith("08") || s.equals("57P01") || s.equals("57P02") || s.equals("57P03"))
                .isPresent();
    }

    /** HikariCP waited its connection timeout for a free connection of a full pool (no SQLSTATE then). */
    private static boolean poolExhausted(Throwable t) {
        for (Throwable c = t; c != null && c.getCause() != c; c = c.getCause()) {
            if (c instanceof java.sql.SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    /** A write that lost to a concurrent one under SERIALIZABLE, or a deadlock: safe to run again. */
    public static boolean isSerialisationFailure(Throwable t) {
        return sqlState(t).filter(s -> s.equals("40001") || s.equals("40P01")).isPresent();
    }

    public static Optional<DatabaseException> translate(String shown, Throwable t) {
        if (t instanceof DatabaseException d) {
            return Optional.of(d);
        }
        if (!(t instanceof org.jooq.exception.DataAccessException || t instanceof SQLException
                || t instanceof org.flywaydb.core.api.FlywayException)) {
            return Optional.empty();
        }
        if (sqlState(t).isEmpty() && poolExhausted(t)) {
            return Optional.of(new DatabaseException(DatabaseException.Kind.BUSY, "Every connection to " + shown
                    + " is in use by other sessions: nothing was changed; try again in a moment (serve --pool-size sets"
                    + " how many are held).", t));
        }
        return sqlState(t).flatMap(state -> messageFor(shown, state, t).map(m -> new DatabaseException(kindOf(state), m, t)));
    }

    /** The same kinds as on SQLite (#10's mapping to exit codes and screens): by SQLSTATE class. */
    static DatabaseException.Kind kindOf(String state) {
        if (state.startsWith("23")) {
            return DatabaseException.Kind.REFUSED_CHANGE;
        }
        if (state.equals("57014") || state.startsWith("53") || state.startsWith("40")) {
            return DatabaseException.Kind.BUSY;
        }
        if (state.equals("25006")) {
            return DatabaseException.Kind.READ_ONLY;
        }
        if (state.startsWith("08") || state.startsWith("57P") || state.equals(IDLE_WRITER_ENDED)) {
            return DatabaseException.Kind.IO;
        }
        return DatabaseException.Kind.UNUSABLE;
    }

    static Optional<String> messageFor(String shown, String state, Throwable t) {
        if (state.equals("08004")) {
            // pgjdbc's CONNECTION_REJECTED: the server asked for a password and none was found.
            return Optional.of("The PostgreSQL server of " + shown + " asked for a password and none was found: put it in"
                    + " ~/.pgpass (or PGPASSFILE, a pg_service.conf service, PGPASSWORD) for the user in the URL.");
        }
        if (state.startsWith("08")) {
            return Optional.of("Cannot reach the PostgreSQL server of " + shown
                    + ", or the connection to it was lost: check that it runs and that the host and port are right;"
                    + " an action under way was not saved.");
        }
        if (state.equals(IDLE_WRITER_ENDED)) {
            return Optional.of("The PostgreSQL server of " + shown + " ended the connection because the action went"
                    + " silent mid-way for longer than it allows (idle_in_transaction_session_timeout): it was not"
                    + " saved; try again.");
        }
        if (state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
            return Optional.of("The connection to the PostgreSQL server of " + shown + " was ended by the server (a restart,"
                    + " or an administrator): an action under way was not saved; try again.");
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return Optional.of("The PostgreSQL server of " + shown + " refused the login: check the user in the URL and "
                    + "its password in ~/.pgpass (or PGPASSFILE, a pg_service.conf service, PGPASSWORD).");
        }
        if (state.equals("3D000")) {
            return Optional.of("The database named in " + shown + " does not exist on that server: create it "
                    + "(createdb -O OWNER NAME, see docs/postgresql.md) or fix the URL.");
        }
        if (state.equals("42501")) {
            return Optional.of("The PostgreSQL role of " + shown + " lacks a privilege (" + detail(t)
                    + "): grant it as docs/postgresql.md shows.");
        }
        if (state.equals("57014")) {
            return Optional.of("A statement on " + shown + " took too long and was cancelled: nothing was changed; "
                    + "try again, or ask the database administrator about statement_timeout.");
        }
        if (state.startsWith("53")) {
            return Optional.of("The PostgreSQL server of " + shown + " is out of resources (" + detail(t)
                    + "): try again later.");
        }
        if (state.equals("25006")) {
            return Optional.of("The PostgreSQL server of " + shown + " is read-only (a standby?): point --db at the primary.");
        }
        if (state.startsWith("23")) {
            return Optional.of("The database " + shown + " refused the change (" + detail(t) + "): this is a bug, please report it.");
        }
        return Optional.empty();
    }

    /** PostgreSQL's own words on one line, e.g. the text of a trigger's RAISE. */
    private static String detail(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof org.postgresql.util.PSQLException e && e.getServerErrorMessage() != null
                    && e.getServerErrorMessage().getMessage() != null) {
                return Migrations.firstLine(e.getServerErrorMessage().getMessage());
            }
        }
        return Migrations.firstLine(t.getMessage());
    }
}
