package com.actionpack.tui.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpiCompatibilityTest {

    private final SpiCompatibility app = new SpiCompatibility("1.3");

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "1.2", "1.3"})
    void sameMajorAndNoNewerMinorIsAccepted(String plugin) {
        assertNull(app.refusal(plugin));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1.4 | was built for report SPI 1.4, newer than this app's 1.3",
            "2.0 | was built for report SPI 2.0 but this app has SPI 1.3 (major versions differ)",
            "0.9 | was built for report SPI 0.9 but this app has SPI 1.3 (major versions differ)",
            "1 | declares SPI version '1', which is not MAJOR.MINOR",
            "1.0.1 | declares SPI version '1.0.1', which is not MAJOR.MINOR"})
    void otherVersionsAreRefusedWithAReason(String plugin, String reason) {
        String refusal = app.refusal(plugin);
        assertTrue(refusal.startsWith(reason), refusal);
    }

    @ParameterizedTest
    @ValueSource(strings = {""})
    void aMissingVersionIsRefused(String blank) {
        assertEquals("declares SPI version '', which is not MAJOR.MINOR", app.refusal(blank));
        assertEquals("declares SPI version 'null', which is not MAJOR.MINOR", app.refusal(null));
    }
}
