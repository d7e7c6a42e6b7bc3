package com.actionpack.tui.widget;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * A keyset source over rows 1..size that are computed, not stored, and counts every row it
 * hands out: the tests check that paging through a million rows reads only a few pages.
 */
final class MillionRows implements KeysetSource<Long, MillionRows.Invoice> {

    record Invoice(long id, String number, String company, long totalCents) {
    }

    private final long size;
    private final LongFunction<String> company;
    private long rowsServed;
    private int calls;

    MillionRows(long size) {
        this(size, id -> "Company " + id);
    }

    MillionRows(long size, LongFunction<String> company) {
        this.size = size;
        this.company = company;
    }

    Invoice row(long id) {
        String digits = Long.toString(id);
        return new Invoice(id, "INV-" + "0".repeat(Math.max(0, 7 - digits.length())) + digits,
                company.apply(id), 47_500 + id % 100);
    }

    long rowsServed() {
        return rowsServed;
    }

    int calls() {
        return calls;
    }

    private boolean matches(long id, String filter) {
        if (filter.isEmpty()) {
            return true;
        }
        Invoice row = row(id);
        return row.number().contains(filter) || row.company().contains(filter);
    }

    private List<Invoice> forward(long fromId, int limit, String filter) {
        calls++;
        List<Invoice> out = new ArrayList<>();
        for (long id = fromId; id <= size && out.size() < limit; id++) {
            if (matches(id, filter)) {
                out.add(row(id));
            }
        }
        rowsServed += out.size();
        return out;
    }

    private List<Invoice> backward(long fromId, int limit, String filter) {
        calls++;
        List<Invoice> out = new ArrayList<>();
        for (long id = fromId; id >= 1 && out.size() < limit; id--) {
            if (matches(id, filter)) {
                out.add(0, row(id));
            }
        }
        rowsServed += out.size();
        return out;
    }

    @Override
    public List<Invoice> first(int limit, String filter) {
        return forward(1, limit, filter);
    }

    @Override
    public List<Invoice> after(Long key, int limit, String filter) {
        return forward(key + 1, limit, filter);
    }

    @Override
    public List<Invoice> before(Long key, int limit, String filter) {
        return backward(key - 1, limit, filter);
    }

    @Override
    public List<Invoice> last(int limit, String filter) {
        return backward(size, limit, filter);
    }

    @Override
    public Long keyOf(Invoice row) {
        return row.id();
    }
}
