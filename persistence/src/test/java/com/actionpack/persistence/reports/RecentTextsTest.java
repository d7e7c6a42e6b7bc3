package com.actionpack.persistence.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Issue 15: the few values of a column are decoded once, and every value still reads as it is. */
class RecentTextsTest {

    @Test
    void theSameBytesGiveTheSameStringAndOtherBytesTheirOwnText() {
        RecentTexts texts = new RecentTexts();
        byte[] row = "xUSD|EUR|USD|€uro|".getBytes(StandardCharsets.UTF_8);
        String usd = texts.text(row, 1, 4);
        assertEquals("USD", usd);
        assertEquals("EUR", texts.text(row, 5, 8));
        assertSame(usd, texts.text(row, 9, 12));
        assertEquals("€uro", texts.text(row, 13, row.length - 1));
        assertEquals("", texts.text(row, 0, 0));
    }

    @Test
    void moreDistinctValuesThanSlotsStillReadExactly() {
        RecentTexts texts = new RecentTexts();
        Random random = new Random(15);
        String[] values = {"USD", "EUR", "INR", "JPY", "BHD", "CHF", "GBP", "SEK", "NOK", "DKK", "US", "USDX", "株式",
            "\uD83D\uDE80", "CREDIT_CARD", "WIRE_TRANSFER"};
        for (int n = 0; n < 10_000; n++) {
            String value = values[random.nextInt(values.length)];
            byte[] bytes = ("<" + value + ">").getBytes(StandardCharsets.UTF_8);
            assertEquals(value, texts.text(bytes, 1, bytes.length - 1));
        }
    }
}
