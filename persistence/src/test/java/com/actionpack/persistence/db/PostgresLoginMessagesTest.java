package com.actionpack.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/** #16, found by a newcomer: a server asking for a password none was given is a login problem, not a server that is down. */
class PostgresLoginMessagesTest {

    @Test
    void noPasswordFoundSaysWhereItGoesNotThatTheServerIsDown() {
        PSQLException noPassword = new PSQLException("The server requested SCRAM-based authentication, but no password was provided.",
                PSQLState.CONNECTION_REJECTED);
        String message = PostgresFaults.messageFor("postgresql://app@h/ap", noPassword.getSQLState(), noPassword).orElseThrow();
        assertEquals(1, message.lines().count());
        assertTrue(message.contains("asked for a password and none was found"), message);
        assertTrue(message.contains("~/.pgpass"), message);
        assertTrue(!message.contains("Cannot reach"), message);
    }

    @Test
    void anUnreachableServerStillSaysSo() {
        PSQLException refused = new PSQLException("Connection refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT);
        String message = PostgresFaults.messageFor("postgresql://app@h/ap", refused.getSQLState(), refused).orElseThrow();
        assertTrue(message.startsWith("Cannot reach"), message);
    }
}
