package com.actionpack.core.common;

import java.util.List;

/** One page of a keyset-paged list: the rows and whether more exist beyond each end. */
public record Page<T>(List<T> rows, boolean hasPrevious, boolean hasNext) {

    public Page {
        rows = List.copyOf(rows);
    }
}
