package com.actionpack.tui.ssh;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ListenAddressTest {

    @Test
    void parsesHostPortIpv6AndBarePort() {
        assertEquals(new ListenAddress("0.0.0.0", 22), ListenAddress.parse("0.0.0.0:22"));
        assertEquals(new ListenAddress("::1", 2222), ListenAddress.parse("[::1]:2222"));
        assertEquals(new ListenAddress("127.0.0.1", 2200), ListenAddress.parse(":2200"));
        assertEquals("[::1]:2222", new ListenAddress("::1", 2222).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "localhost", "host:port", "host:70000", "::1:22", "host:-1"})
    void badValuesSayWhatIsWrongOnOneLine(String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ListenAddress.parse(value));
        assertTrue(e.getMessage().startsWith("--listen"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }
}
