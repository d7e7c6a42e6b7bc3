package com.actionpack.tui.widget;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Rows of a long list, read a page at a time by key (keyset paging), never by offset and never
 * all at once: a database implements each method with one indexed query, e.g.
 * {@code WHERE (issued, id) > (?, ?) ORDER BY issued, id LIMIT ?}.
 *
 * <p>Every method returns rows in list order (top to bottom) and at most {@code limit} of them.
 * {@code filter} is what the user typed after {@code /}; empty means no filter. How it matches
 * (which columns, case) is up to the source.
 *
 * @param <K> the key that orders the list and is unique per row
 * @param <R> a row
 */
public interface KeysetSource<K, R> {

    /** The first rows. */
    List<R> first(int limit, String filter);

    /** The rows right after the row with {@code key}, not including it. */
    List<R> after(K key, int limit, String filter);

    /** The rows right before the row with {@code key}, not including it, still in list order. */
    List<R> before(K key, int limit, String filter);

    /** The last rows, in list order. */
    List<R> last(int limit, String filter);

    /** The key of a row this source returned. */
    K keyOf(R row);

    /**
     * Every row, when the source holds them in memory (a short list), so a list sizes its
     * columns over all of them and they do not jump while scrolling; empty for a database.
     */
    default Optional<List<R>> allRows() {
        return Optional.empty();
    }

    /**
     * How many rows {@code filter} keeps, when the source knows without reading them all (a
     * short list in memory); empty for a database, whose lists read only the rows on screen.
     */
    default OptionalLong count(String filter) {
        return OptionalLong.empty();
    }
}
