package com.actionpack.core.common;

import java.util.OptionalLong;

/**
 * Keyset page request: rows strictly after (or before) a key, never by offset, so the last
 * page of a million rows costs what the first does.
 */
public record PageRequest(OptionalLong afterKey, OptionalLong beforeKey, int size) {

    public PageRequest {
        if (size < 1 || size > 1000) {
            throw new IllegalArgumentException("page size must be 1..1000, was " + size);
        }
        if (afterKey.isPresent() && beforeKey.isPresent()) {
            throw new IllegalArgumentException("a page is either after or before a key");
        }
    }

    public static PageRequest first(int size) {
        return new PageRequest(OptionalLong.empty(), OptionalLong.empty(), size);
    }

    public static PageRequest after(long key, int size) {
        return new PageRequest(OptionalLong.of(key), OptionalLong.empty(), size);
    }

    public static PageRequest before(long key, int size) {
        return new PageRequest(OptionalLong.empty(), OptionalLong.of(key), size);
    }

    /** The last page: everything before "infinity". */
    public static PageRequest last(int size) {
        return before(Long.MAX_VALUE, size);
    }
}
