package com.actionpack.persistence.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.ResultQuery;
import org.jooq.conf.ParamType;
import org.jooq.exception.DataAccessException;
import org.jooq.tools.Convert;

/**
 * Runs a query built by jOOQ (type-safe columns and conditions) on the transaction's own JDBC
 * connection and reads each row by column index. For the lists users page through: jOOQ's
 * record per row, its converters and {@code into()} were most of a page's time (issue 15).
 * Faults come out as jOOQ's {@link DataAccessException}, as from jOOQ's own fetch, so callers
 * and {@link SqliteFaults} see no difference.
 */
public final class JdbcRows {

    private JdbcRows() {
    }

    /** Reads one row of a result set, by the column indexes of the query it came from. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** Every row of {@code query} (meant for bounded queries: a page, a few rows). */
    public static <T> List<T> list(DSLContext dsl, ResultQuery<?> query, Reader<T> reader) {
        ConnectionProvider provider = dsl.configuration().connectionProvider();
        Connection connection = provider.acquire();
        try (PreparedStatement statement = connection.prepareStatement(query.getSQL(ParamType.INDEXED))) {
            List<Object> binds = query.getBindValues();
            for (int i = 0; i < binds.size(); i++) {
                statement.setObject(i + 1, bindable(binds.get(i)));
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(reader.read(result));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new DataAccessException("SQL [" + query.getSQL() + "]; " + e.getMessage(), e);
        } finally {
            provider.release(connection);
        }
    }

    /**
     * Every row of a query rendered once ({@link RenderedQuery}), run with these parameter values:
     * no jOOQ query is built or rendered (issue 15).
     */
    public static <T> List<T> list(DSLContext dsl, RenderedQuery query, Map<String, ?> values, Reader<T> reader) {
        ConnectionProvider provider = dsl.configuration().connectionProvider();
        Connection connection = provider.acquire();
        try (PreparedStatement statement = connection.prepareStatement(query.sql())) {
            Object[] binds = query.binds(values);
            for (int i = 0; i < binds.length; i++) {
                statement.setObject(i + 1, binds[i]);
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(reader.read(result));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new DataAccessException("SQL [" + query.sql() + "]; " + e.getMessage(), e);
        } finally {
            provider.release(connection);
        }
    }

    /** Days go to SQLite as the ISO text they are stored as; numbers and text as they are. */
    public static Object bindable(Object value) {
        return value instanceof LocalDate ? value.toString() : value;
    }

    /** An ISO day as SQLite stores it ({@code 2026-11-24}), without a formatter per row. */
    public static LocalDate day(String text) {
        if (text != null && text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        return Convert.convert(text, LocalDate.class);
    }

    /** The decimal digits of {@code text} from {@code from} to {@code to}; -1 when any is not a digit. */
    static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
