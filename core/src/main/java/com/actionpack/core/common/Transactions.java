package com.actionpack.core.common;

import java.util.function.Supplier;

/**
 * Out-port: the transaction boundary. Every use case runs as exactly one transaction, so an
 * action is applied whole or not at all. Writes take the write lock at the start (SQLite's
 * {@code BEGIN IMMEDIATE}) because they read before they write.
 */
public interface Transactions {

    <T> T write(Supplier<T> work);

    <T> T read(Supplier<T> work);

    default void writeVoid(Runnable work) {
        write(() -> {
            work.run();
            return null;
        });
    }
}
