package com.actionpack.persistence.reports;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Decodes UTF-8 text from a row's bytes, handing back the same {@code String} for the same bytes
 * while they are among the last {@value #SLOTS} distinct values: a column with a few values (a
 * currency, a payment method) costs one string per value instead of one per row (issue 15). Not
 * thread-safe: one per reader.
 */
final class RecentTexts {

    static final int SLOTS = 8;

    private final byte[][] keys = new byte[SLOTS][];
    private final String[] texts = new String[SLOTS];
    private int next;

    /** The text of {@code bytes[from..to)}, as {@code new String(bytes, from, to - from, UTF_8)}. */
    String text(byte[] bytes, int from, int to) {
        for (int i = 0; i < SLOTS; i++) {
            byte[] key = keys[i];
            if (key != null && Arrays.equals(key, 0, key.length, bytes, from, to)) {
                return texts[i];
            }
        }
        String text = new String(bytes, from, to - from, StandardCharsets.UTF_8);
        keys[next] = Arrays.copyOfRange(bytes, from, to);
        texts[next] = text;
        next = (next + 1) % SLOTS;
        return text;
    }
}
