package com.actionpack.tui.widget;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * A short list already in memory (the sign-in users, an account's orders) served as a
 * {@link KeysetSource}, so it is drawn, scrolled and filtered by the same {@link PagedList} as
 * a million invoices. The key is a row's place in the list. A {@link PagedList} over it sizes
 * its {@code FIT} columns from every row, so columns do not jump while scrolling.
 *
 * @param <R> a row
 */
public final class ListSource<R> implements KeysetSource<Integer, R> {

    private List<R> rows;
    private final Function<R, String> searchText;

    /** @param searchText the text {@code /} looks in (any case), e.g. the row's cells joined */
    public ListSource(List<R> rows, Function<R, String> searchText) {
        this.rows = List.copyOf(rows);
        this.searchText = Objects.requireNonNull(searchText, "searchText");
    }

    /** Replaces the rows (the data was read again); call the list's {@code refresh()} after. */
    public void replaceAll(List<R> newRows) {
        rows = List.copyOf(newRows);
    }

    /** Every row, in list order. */
    @Override
    public Optional<List<R>> allRows() {
        return Optional.of(rows);
    }

    @Override
    public OptionalLong count(String filter) {
        return OptionalLong.of(matching(filter).size());
    }

    private List<Integer> matching(String filter) {
        String wanted = filter == null ? "" : filter.toLowerCase(Locale.ROOT);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (wanted.isEmpty() || searchText.apply(rows.get(i)).toLowerCase(Locale.ROOT).contains(wanted)) {
                out.add(i);
            }
        }
        return out;
    }

    private List<R> rowsAt(List<Integer> keys) {
        return keys.stream().map(rows::get).toList();
    }

    @Override
    public List<R> first(int limit, String filter) {
        List<Integer> keys = matching(filter);
        return rowsAt(keys.subList(0, Math.min(limit, keys.size())));
    }

    @Override
    public List<R> after(Integer key, int limit, String filter) {
        List<Integer> keys = matching(filter).stream().filter(k -> k > key).toList();
        return rowsAt(keys.subList(0, Math.min(limit, keys.size())));
    }

    @Override
    public List<R> before(Integer key, int limit, String filter) {
        List<Integer> keys = matching(filter).stream().filter(k -> k < key).toList();
        return rowsAt(keys.subList(Math.max(0, keys.size() - limit), keys.size()));
    }

    @Override
    public List<R> last(int limit, String filter) {
        List<Integer> keys = matching(filter);
        return rowsAt(keys.subList(Math.max(0, keys.size() - limit), keys.size()));
    }

    @Override
    public Integer keyOf(R row) {
        // Rows are compared by identity first: two equal records are still two rows.
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == row) {
                return i;
            }
        }
        // A row from before replaceAll: the equal row now held, else before every row.
        int equal = rows.indexOf(row);
        return equal >= 0 ? equal : -1;
    }
}
