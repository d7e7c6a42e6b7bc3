package com.actionpack.persistence.db;

import com.actionpack.core.common.Page;
import com.actionpack.core.common.PageRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
        int size = request.size();
        if (request.beforeKey().isPresent()) {
            long before = request.beforeKey().getAsLong();
            boolean last = before == Long.MAX_VALUE;
            Condition bound = last ? scope : scope.and(key.gt(before));
            List<T> rows = new ArrayList<>(fetch.rows(select.apply(bound).orderBy(key.asc()).limit(size + 1)));
            boolean hasPrevious = rows.size() > size;
            if (hasPrevious) {
                rows.remove(rows.size() - 1);
            }
            Collections.reverse(rows);
            boolean hasNext = !last && dsl.fetchExists(table, scope.and(key.le(before)));
            return new Page<>(rows, hasPrevious, hasNext);
        }
        Condition bound = request.afterKey().isPresent() ? scope.and(key.lt(request.afterKey().getAsLong())) : scope;
        List<T> rows = new ArrayList<>(fetch.rows(select.apply(bound).orderBy(key.desc()).limit(size + 1)));
        boolean hasNext = rows.size() > size;
        if (hasNext) {
            rows.remove(rows.size() - 1);
        }
        boolean hasPrevious = request.afterKey().isPresent()
                && dsl.fetchExists(table, scope.and(key.ge(request.afterKey().getAsLong())));
        return new Page<>(rows, hasPrevious, hasNext);
    }
}
