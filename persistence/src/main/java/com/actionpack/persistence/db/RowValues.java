package com.actionpack.persistence.db;

import java.sql.SQLException;
import java.time.LocalDateTime;

/**
 * One row's values by column position (1-based, as JDBC counts), however the row was read:
 * column by column from a {@link java.sql.ResultSet} ({@link ColumnValues}) or split from one
 * packed value ({@link PackedRow}). A mapper written against this reads the same values either
 * way, so the two paths cannot drift apart.
 */
public interface RowValues {

    /** The value as text, as {@link java.sql.ResultSet#getString} gives it; null for SQL NULL. */
    String text(int column) throws SQLException;

    /** The value as {@link java.sql.ResultSet#getLong} gives it (0 for SQL NULL). */
    long integer(int column) throws SQLException;

    /**
     * A TIMESTAMP column as jOOQ's binding reads it on this backend (null for SQL NULL); on
     * SQLite see {@link SqliteTimestamps}.
     */
    LocalDateTime timestamp(int column) throws SQLException;
}
