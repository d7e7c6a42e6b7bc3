package com.actionpack.persistence.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15: rows read on a second thread reach the sink as they did on one, and failures end both. */
class ReadAheadTest {

    private static final int ROWS = ReadAhead.BATCH * ReadAhead.BATCHES * 5 + 17;

    @TempDir
    Path dir;

    private Connection connection;

    @BeforeEach
    void table() throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("rows.db"));
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE t (n INTEGER PRIMARY KEY)");
            s.execute("WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < " + ROWS + ")"
                    + " INSERT INTO t SELECT n FROM c");
        }
    }

    private static long readerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("actionpack-report-reader") && t.isAlive()).count();
    }

    @Test
    void everyRowInOrderOnTheCallingThreadSkippingNulls() throws Exception {
        List<Long> seen = new ArrayList<>();
        Thread caller = Thread.currentThread();
        try (PreparedStatement q = connection.prepareStatement("SELECT n FROM t ORDER BY n"); ResultSet rows = q.executeQuery()) {
            ReadAhead.stream(rows, r -> r.getLong(1) % 10 == 0 ? null : r.getLong(1), row -> {
                assertEquals(caller, Thread.currentThread(), "the sink runs on the calling thread");
                seen.add(row);
            });
        }
        List<Long> expected = new ArrayList<>();
        for (long n = 1; n <= ROWS; n++) {
            if (n % 10 != 0) {
                expected.add(n);
            }
        }
        assertEquals(expected, seen);
        assertEquals(0, readerThreads());
    }

    @Test
    void aSinkThatFailsStopsTheReaderAndItsFailureIsThrown() throws Exception {
        List<Long> seen = new ArrayList<>();
        try (PreparedStatement q = connection.prepareStatement("SELECT n FROM t ORDER BY n"); ResultSet rows = q.executeQuery()) {
            IOException thrown = assertThrows(IOException.class, () -> ReadAhead.stream(rows, r -> r.getLong(1), row -> {
                if (row == 300) {
                    throw new IOException("disk full");
                }
                seen.add(row);
            }));
            assertEquals("disk full", thrown.getMessage());
        }
        assertEquals(299, seen.size());
        assertEquals(0, readerThreads(), "the reader has let go of the result set");
        // The connection is the caller's again.
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM t")) {
            assertTrue(r.next());
            assertEquals(ROWS, r.getInt(1));
        }
    }

    @Test
    void aReaderFailureReachesTheCallerAfterTheRowsBeforeIt() throws Exception {
        List<Long> seen = new ArrayList<>();
        try (PreparedStatement q = connection.prepareStatement("SELECT n FROM t ORDER BY n"); ResultSet rows = q.executeQuery()) {
            SQLException thrown = assertThrows(SQLException.class, () -> ReadAhead.stream(rows, r -> {
                if (r.getLong(1) == 2000) {
                    throw new SQLException("row 2000 is damaged");
                }
                return r.getLong(1);
            }, seen::add));
            assertEquals("row 2000 is damaged", thrown.getMessage());
        }
        assertTrue(seen.size() < 2000 && seen.size() % ReadAhead.BATCH == 0, "whole batches before it: " + seen.size());
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(i + 1, seen.get(i));
        }
        assertEquals(0, readerThreads());
    }
}
