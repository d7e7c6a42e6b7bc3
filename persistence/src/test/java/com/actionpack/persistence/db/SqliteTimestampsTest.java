package com.actionpack.persistence.db;

import static com.actionpack.persistence.jooq.Tables.ORDER_AGREEMENTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TimeZone;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page reads an agreement's TIMESTAMP with {@link SqliteTimestamps} where {@code find} reads
 * it through jOOQ's binding: the two must agree on every value a SQLite file can hold (issue 15),
 * in any default time zone, including the local times a zone skips or repeats.
 */
class SqliteTimestampsTest {

    @TempDir
    Path folder;

    private static final Field<Long> ID = DSL.field(DSL.name("id"), SQLDataType.BIGINT);
    /** Read with the generated column's own type, so jOOQ's binding is the one find uses. */
    private static final Field<LocalDateTime> AT = DSL.field(DSL.name("at"), ORDER_AGREEMENTS.ACCEPTED_AT.getDataType());

    private static final List<String> ZONES = List.of("UTC", "Europe/Berlin", "America/Sao_Paulo",
            "Australia/Lord_Howe", "Pacific/Apia", "America/St_Johns", "Asia/Kathmandu", "Africa/Casablanca");

    @Test
    @DisplayName("the timestamp text the app writes reads as jOOQ reads it; '02.4' is 400 ms, not 4")
    void fractionAsJooqReadsIt() throws SQLException {
        assertEquals(LocalDateTime.of(2026, 11, 30, 18, 25, 2, 400_000_000),
                SqliteTimestamps.parse("2026-11-30 18:25:02.4"));
        assertEquals(LocalDateTime.of(2026, 11, 30, 18, 25, 2, 123_000_000),
                SqliteTimestamps.parse("2026-11-30 18:25:02.123456789"));
        assertEquals(null, SqliteTimestamps.parse(null));
        assertThrows(SQLException.class, () -> SqliteTimestamps.parse("yesterday"));
    }

    @Test
    @DisplayName("every generated timestamp, in eight time zones, reads as jOOQ's binding reads it")
    void equalsJooqInEveryZone() throws SQLException {
        TimeZone before = TimeZone.getDefault();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("times.db"))) {
            try (var s = c.createStatement()) {
                s.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, at TIMESTAMP(6))");
            }
            Random random = new Random(15);
            int compared = 0;
            for (String zone : ZONES) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                compared += compareAll(c, values(ZoneId.of(zone), random));
            }
            assertTrue(compared > 8 * 500, compared + " values compared");
        } finally {
            TimeZone.setDefault(before);
        }
    }

    /** Stores the values, reads them back through jOOQ and through SqliteTimestamps; returns how many. */
    private static int compareAll(Connection c, List<Object> values) throws SQLException {
        c.setAutoCommit(false);
        try (var s = c.createStatement()) {
            s.execute("DELETE FROM t");
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO t VALUES (?, ?)")) {
            for (int i = 0; i < values.size(); i++) {
                insert.setLong(1, i);
                insert.setObject(2, values.get(i)); // text, or a number of milliseconds
                insert.executeUpdate();
            }
        }
        c.commit();
        DSLContext dsl = DSL.using(c, SQLDialect.SQLITE);
        try (PreparedStatement read = c.prepareStatement("SELECT at FROM t WHERE id = ?")) {
            for (int i = 0; i < values.size(); i++) {
                read.setLong(1, i);
                String text;
                try (ResultSet r = read.executeQuery()) {
                    r.next();
                    text = r.getString(1);
                }
                Object viaJooq;
                try {
                    viaJooq = dsl.select(AT).from(DSL.table(DSL.name("t"))).where(ID.eq((long) i)).fetchOne(AT);
                } catch (RuntimeException e) {
                    viaJooq = "fails";
                }
                Object ours;
                try {
                    ours = SqliteTimestamps.parse(text);
                } catch (SQLException e) {
                    ours = "fails";
                }
                assertEquals(viaJooq, ours, "'" + text + "' in " + TimeZone.getDefault().getID());
            }
        }
        c.commit();
        return values.size();
    }

    /**
     * Random times of 1890 to 2150 with 0 to 9 digits of fraction, some with fields out of
     * range; the zone's transitions and the seconds around them; other shapes jOOQ accepts or
     * refuses.
     */
    private static List<Object> values(ZoneId zone, Random random) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            values.add(String.format("%04d-%02d-%02d %02d:%02d:%02d", 1890 + random.nextInt(260),
                    1 + random.nextInt(i % 10 == 0 ? 13 : 12), 1 + random.nextInt(i % 10 == 1 ? 31 : 28),
                    random.nextInt(i % 10 == 2 ? 25 : 24), random.nextInt(60), random.nextInt(i % 10 == 3 ? 61 : 60))
                    + fraction(random));
        }
        ZoneRules rules = zone.getRules();
        ZoneOffsetTransition transition = rules.nextTransition(Instant.parse("1900-01-01T00:00:00Z"));
        List<ZoneOffsetTransition> transitions = new ArrayList<>();
        while (transition != null && transition.getInstant().isBefore(Instant.parse("2100-01-01T00:00:00Z"))) {
            transitions.add(transition);
            transition = rules.nextTransition(transition.getInstant());
        }
        for (int i = 0; i < Math.min(60, transitions.size()); i++) {
            LocalDateTime local = transitions.get(random.nextInt(transitions.size())).getDateTimeBefore();
            for (Duration delta : List.of(Duration.ofSeconds(-1), Duration.ZERO, Duration.ofMinutes(30),
                    Duration.ofMinutes(59).plusSeconds(59), Duration.ofHours(1), Duration.ofHours(-1))) {
                LocalDateTime at = local.plus(delta);
                values.add(String.format("%04d-%02d-%02d %02d:%02d:%02d", at.getYear(), at.getMonthValue(),
                        at.getDayOfMonth(), at.getHour(), at.getMinute(), at.getSecond()) + fraction(random));
            }
        }
        values.addAll(List.of("2026-11-30T18:25:02.5", "2026-1-5 7:05:02", "2026-11-30 18:25:02.", "2026-11-30",
                "2026-11-30 18:25:02.1234567890", "0000-01-01 00:00:00", "1582-10-10 12:00:00", "1899-12-31 23:59:59.9",
                "9999-12-31 23:59:59.999", "", " 2026-11-30 18:25:02", "2026-11-30 18:25:02 ", "yesterday",
                "+2026-11-30 18:25:02", "2026-11-30 18:25:02.+1", 1_499_999_999_000L, -1L, 0L, "1499999999000"));
        return values;
    }

    /** None, or a dot and 1 to 9 digits (trailing zeros too: Timestamp.toString writes '.4' for 400 ms). */
    private static String fraction(Random random) {
        int digits = random.nextInt(11) - 1;
        if (digits < 0) {
            return "";
        }
        StringBuilder text = new StringBuilder(".");
        for (int i = 0; i < Math.max(1, digits); i++) {
            text.append(random.nextInt(10));
        }
        return text.toString();
    }
}
