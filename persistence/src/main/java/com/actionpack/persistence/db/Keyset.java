package com.actionpack.persistence.db;

import com.actionpack.core.common.Page;
import com.actionpack.core.common.PageRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.RecordMapper;
import org.jooq.ResultQuery;
import org.jooq.SelectConditionStep;
import org.jooq.Table;

/**
 * Keyset paging over a list shown newest first (highest key first), as core's
 * {@link PageRequest} defines it: "after k" pages towards older rows, "before k" towards
 * newer ones, "last" is the oldest rows. Every query is a range scan on an index on
 * (scope, key) and reads at most size + 1 rows: the last page costs what the first does.
 */
public final class Keyset {

    private Keyset() {
    }

    /**
     * @param select the base query for a condition (the scope and the key bound)
     * @param table the table holding the key, for the existence checks
     * @param mapper maps each jOOQ record of the page
     */
    public static <T> Page<T> page(DSLContext dsl, Table<?> table, Field<Long> key, Condition scope,
            Function<Condition, SelectConditionStep<? extends Record>> select, RecordMapper<Record, T> mapper,
            PageRequest request) {
        return fetched(dsl, table, key, scope, select, query -> query.fetch(mapper), request);
    }

    /** Runs a page's query and maps its rows, e.g. by column index with {@link JdbcRows}. */
    @FunctionalInterface
    public interface Fetch<T> {
        List<T> rows(ResultQuery<? extends Record> query);
    }

    /** As above, the rows read by {@code fetch} (a list of at most size + 1 rows). */
    public static <T> Page<T> fetched(DSLContext dsl, Table<?> table, Field<Long> key, Condition scope,
            Function<Condition, SelectConditionStep<? extends Record>> select, Fetch<T> fetch, PageRequest request) {
        Rows<T> rows = (order, bound, limit) -> {
            Condition where = scope;
            if (bound.isPresent()) {
                where = scope.and(order == Order.NEWEST_FIRST ? key.lt(bound.getAsLong()) : key.gt(bound.getAsLong()));
            }
            return fetch.rows(select.apply(where).orderBy(order == Order.NEWEST_FIRST ? key.desc() : key.asc())
                    .limit(limit));
        };
        return fetched(dsl, table, key, scope, rows, request);
    }

    /** Which way a page's query reads the key. */
    public enum Order {
        /** Highest key first, below the bound: the first page and the ones after it. */
        NEWEST_FIRST,
        /** Lowest key first, above the bound: the last page and the ones before it. */
        OLDEST_FIRST
    }

    /**
     * Reads a page's rows: in {@code order}, beyond {@code bound} when there is one (below it
     * newest first, above it oldest first), at most {@code limit}. For a caller that runs the
     * same few query shapes without building them each time ({@link RenderedQuery}).
     */
    @FunctionalInterface
    public interface Rows<T> {
        List<T> read(Order order, OptionalLong bound, int limit);
    }

    /** As above, with the rows read by {@code rows}. */
    public static <T> Page<T> fetched(DSLContext dsl, Table<?> table, Field<Long> key, Condition scope, Rows<T> rows,
            PageRequest request) {
        int size = request.size();
        if (request.beforeKey().isPresent()) {
            long before = request.beforeKey().getAsLong();
            boolean last = before == Long.MAX_VALUE;
            List<T> page = new ArrayList<>(rows.read(Order.OLDEST_FIRST,
                    last ? OptionalLong.empty() : OptionalLong.of(before), size + 1));
            boolean hasPrevious = page.size() > size;
            if (hasPrevious) {
                page.remove(page.size() - 1);
            }
            Collections.reverse(page);
            boolean hasNext = !last && dsl.fetchExists(table, scope.and(key.le(before)));
            return new Page<>(page, hasPrevious, hasNext);
        }
        List<T> page = new ArrayList<>(rows.read(Order.NEWEST_FIRST, request.afterKey(), size + 1));
        boolean hasNext = page.size() > size;
        if (hasNext) {
            page.remove(page.size() - 1);
        }
        boolean hasPrevious = request.afterKey().isPresent()
                && dsl.fetchExists(table, scope.and(key.ge(request.afterKey().getAsLong())));
        return new Page<>(page, hasPrevious, hasNext);
    }
}
