package com.actionpack.reports.spi;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportDataFilterTest {

    @Test
    void aRangeEndingBeforeItStartsIsRefused() {
        LocalDate day = LocalDate.of(2026, 5, 1);
        assertThrows(IllegalArgumentException.class, () -> new ReportData.Filter(null, day, day.minusDays(1), null));
        assertDoesNotThrow(() -> new ReportData.Filter(null, day, day, null));
        assertDoesNotThrow(() -> new ReportData.Filter(null, null, day, null));
    }

    @Test
    void theVersionIsMajorDotMinor() {
        org.junit.jupiter.api.Assertions.assertTrue(ReportPlugin.SPI_VERSION.matches("[0-9]+\\.[0-9]+"));
    }
}
