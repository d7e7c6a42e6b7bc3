package com.actionpack.persistence.db;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import org.jooq.tools.Longs;

/**
 * Reads a SQLite TIMESTAMP the way jOOQ's binding does, so a page read by column index equals
 * the same row read through jOOQ ({@code find}). SQLite has no timestamp type: jOOQ writes
 * {@code Timestamp.toString()} text ({@code 2026-11-30 18:25:02.4}) and reads the text back
 * as a number of milliseconds, or else through {@code Timestamp.valueOf} (a 'T' read as a
 * space), in the JVM's default time zone, to the millisecond.
 *
 * <p>That costs a {@code java.util.Date} calendar per value: a sixth of a page whose rows all
 * carry an agreement (issue 15). The text the app writes is parsed here directly; anything
 * else, and any local time the default zone skips (where {@code Timestamp.valueOf} moves the
 * clock forward) or a year before 1900, goes through jOOQ's own steps. The same value either
 * way: {@code SqliteTimestampsTest} compares with jOOQ over generated values in several zones.
 */
public final class SqliteTimestamps {

    private SqliteTimestamps() {
    }

    /**
     * @param text the column's text, or null
     * @return the timestamp as jOOQ reads it, or null for null
     * @throws SQLException when jOOQ could not read it either
     */
    public static LocalDateTime parse(String text) throws SQLException {
        if (text == null) {
            return null;
        }
        LocalDateTime plain = plain(text);
        return plain != null ? plain : asJooq(text);
    }

    /**
     * {@code yyyy-MM-dd HH:mm:ss} with up to nine digits of fraction, every field in range and
     * the local time one the default zone has; null for anything else.
     */
    private static LocalDateTime plain(String text) {
        int length = text.length();
        if (length < 19 || length == 20 || length > 29 || text.charAt(4) != '-' || text.charAt(7) != '-'
                || text.charAt(10) != ' ' || text.charAt(13) != ':' || text.charAt(16) != ':'
                || (length > 19 && text.charAt(19) != '.')) {
            return null;
        }
        int year = JdbcRows.digits(text, 0, 4);
        int month = JdbcRows.digits(text, 5, 7);
        int day = JdbcRows.digits(text, 8, 10);
        int hour = JdbcRows.digits(text, 11, 13);
        int minute = JdbcRows.digits(text, 14, 16);
        int second = JdbcRows.digits(text, 17, 19);
        int fraction = length > 19 ? JdbcRows.digits(text, 20, length) : 0;
        if (year < 1900 || month < 1 || month > 12 || day < 1 || (day > 28 && day > YearMonth.of(year, month)
                .lengthOfMonth()) || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59
                || fraction < 0) {
            return null;
        }
        // Timestamp.getTime() keeps whole milliseconds: the first three digits of the fraction.
        int millis = 0;
        for (int i = 20; i < 23; i++) {
            millis = millis * 10 + (i < length ? text.charAt(i) - '0' : 0);
        }
        LocalDateTime value = LocalDateTime.of(year, month, day, hour, minute, second, millis * 1_000_000);
        ZoneRules rules = ZoneId.systemDefault().getRules();
        if (!rules.isFixedOffset()) {
            ZoneOffsetTransition transition = rules.getTransition(value);
            if (transition != null && transition.isGap()) {
                return null;
            }
        }
        return value;
    }

    /** jOOQ's steps (DefaultBinding.parse for a Timestamp, then toLocalDateTime). */
    static LocalDateTime asJooq(String text) throws SQLException {
        Long millis = Longs.tryParse(text);
        try {
            long time = millis != null ? millis : Timestamp.valueOf(text.replace("T", " ")).getTime();
            return new Timestamp(time).toLocalDateTime();
        } catch (IllegalArgumentException e) {
            throw new SQLException("Error parsing time stamp: " + text, e);
        }
    }

}
