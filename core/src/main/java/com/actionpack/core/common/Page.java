package com.actionpack.core.common;

import java.util.List;
import java.util.function.Function;

/** One page of a keyset-paged list: the rows and whether more exist beyond each end. */
public record Page<T>(List<T> rows, boolean hasPrevious, boolean hasNext) {

    public Page {
        rows = List.copyOf(rows);
    }

    /** The same page with each row mapped. */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<R>(rows.stream().<R>map(mapper).toList(), hasPrevious, hasNext);
    }
}
