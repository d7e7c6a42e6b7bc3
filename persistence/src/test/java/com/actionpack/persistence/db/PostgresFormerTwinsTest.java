package com.actionpack.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.actionpack.persistence.testing.PostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * #16: V2, V3, V10 and V13 were PostgreSQL twins before they were shared; a database made then
 * records the twins' checksums. Those, and only those, are realigned; any other mismatch is
 * refused in one line, the history untouched.
 */
class PostgresFormerTwinsTest {

    private static Map<String, Long> checksums(DatabaseTarget.PostgresServer server) throws SQLException {
        Map<String, Long> sums = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(server.jdbcUrl()); Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT version, checksum FROM flyway_schema_history WHERE version IS NOT NULL")) {
            while (rs.next()) {
                sums.put(rs.getString(1), rs.getObject(2) == null ? null : rs.getLong(2));
            }
        }
        return sums;
    }

    private static void record(DatabaseTarget.PostgresServer server, String version, long checksum) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl()); Statement s = c.createStatement()) {
            s.execute("UPDATE flyway_schema_history SET checksum = " + checksum + " WHERE version = '" + version + "'");
        }
    }

    @Test
    void aDatabaseMadeWithTheFormerTwinsOpensAndIsRealigned() throws Exception {
        DatabaseTarget.PostgresServer server = PostgresServer.freshDatabase("formertwins");
        Database.open(server, Clock.systemUTC());
        Map<String, Long> current = checksums(server);
        for (var former : PostgresMigrations.CHECKSUMS_OF_THE_FORMER_TWINS.entrySet()) {
            record(server, former.getKey(), former.getValue());
        }
        Database.open(server, Clock.systemUTC()).ledgers().verify();
        assertEquals(current, checksums(server));
    }

    @Test
    void anyOtherChecksumMismatchIsRefusedAndLeftAsItWas() throws Exception {
        DatabaseTarget.PostgresServer server = PostgresServer.freshDatabase("othersum");
        Database.open(server, Clock.systemUTC());
        record(server, "2", PostgresMigrations.CHECKSUMS_OF_THE_FORMER_TWINS.get("2"));
        record(server, "1", 12345);
        Map<String, Long> before = checksums(server);
        DatabaseException refused = assertThrows(DatabaseException.class, () -> Database.open(server, Clock.systemUTC()));
        assertEquals(1, refused.getMessage().lines().count(), refused.getMessage());
        assertEquals(before, checksums(server));
    }

    @Test
    void aDatabaseMadeBeforeALowerVersionGetsItOutOfOrder() throws Exception {
        // As a database made before V14 (issue 15) landed below its V16.
        DatabaseTarget.PostgresServer server = PostgresServer.freshDatabase("beforev14");
        Database.open(server, Clock.systemUTC());
        try (Connection c = DriverManager.getConnection(server.jdbcUrl()); Statement s = c.createStatement()) {
            s.execute("DROP INDEX orders_renews_membership");
            s.execute("DELETE FROM flyway_schema_history WHERE version = '14'");
        }
        Database.open(server, Clock.systemUTC());
        try (Connection c = DriverManager.getConnection(server.jdbcUrl()); Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT count(*) FROM pg_indexes WHERE indexname = 'orders_renews_membership'")) {
            rs.next();
            assertEquals(1, rs.getInt(1), "V14 applied out of order");
        }
    }
}
