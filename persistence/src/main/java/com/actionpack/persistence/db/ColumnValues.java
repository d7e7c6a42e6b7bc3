package com.actionpack.persistence.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.jooq.SQLDialect;

/**
 * A row read column by column from the current position of a JDBC result set: one driver call
 * per value. What PostgreSQL pages use (pgjdbc has the whole row in memory already), and the
 * way back for a SQLite row its packed value cannot carry ({@link PackedRow}).
 */
public final class ColumnValues implements RowValues {

    private final ResultSet result;
    private final boolean sqlite;

    /** Reads {@code result}'s current row; {@code dialect} says how its timestamps are read. */
    public ColumnValues(ResultSet result, SQLDialect dialect) {
        this.result = result;
        this.sqlite = dialect.family() == SQLDialect.SQLITE;
    }

    @Override
    public String text(int column) throws SQLException {
        return result.getString(column);
    }

    @Override
    public long integer(int column) throws SQLException {
        return result.getLong(column);
    }

    @Override
    public LocalDateTime timestamp(int column) throws SQLException {
        if (sqlite) {
            // As jOOQ reads a SQLite TIMESTAMP: the text, parsed (sqlite-jdbc's getTimestamp reads
            // "...02.4" as 4 ms where jOOQ reads 400 ms).
            return SqliteTimestamps.parse(result.getString(column));
        }
        Timestamp value = result.getTimestamp(column);
        return value == null ? null : value.toLocalDateTime();
    }
}
