package com.actionpack.tui.text;

/**
 * A count with its noun in the right number: "1 key", "2 keys", "0 keys". For the regular
 * English nouns the console counts (keys, minutes, steps); the plural adds "s".
 */
public final class Counted {

    private Counted() {
    }

    /**
     * @param n the count, any value
     * @param singular the noun for one, e.g. {@code "key"}
     * @return {@code "1 key"} for one, else {@code n + " " + singular + "s"}
     */
    public static String of(long n, String singular) {
        return n + " " + singular + (n == 1 ? "" : "s");
    }
}
