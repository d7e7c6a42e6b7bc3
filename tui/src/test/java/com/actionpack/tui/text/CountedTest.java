package com.actionpack.tui.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CountedTest {

    @Test
    void oneIsSingularEveryOtherCountPlural() {
        assertEquals("1 key", Counted.of(1, "key"));
        assertEquals("0 keys", Counted.of(0, "key"));
        assertEquals("2 keys", Counted.of(2, "key"));
        assertEquals("-1 minutes", Counted.of(-1, "minute"));
    }
}
