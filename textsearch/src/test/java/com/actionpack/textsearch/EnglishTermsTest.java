package com.actionpack.textsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R20a: words meet on their stems, whatever their case and accents. */
class EnglishTermsTest {

    private final EnglishTerms terms = new EnglishTerms();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"renew, renew", "renewing, renew", "renewal, renew", "Renewed, renew", "RENEWS, renew",
        "cancel, cancel", "cancellation, cancel", "Cancelled, cancel", "refund, refund", "refunds, refund",
        "benefits, benefit", "Rénewal, renew", "ÉLÈVE, elev"})
    @DisplayName("R20a: one stem per word family, case- and accent-insensitive")
    void stems(String word, String stem) {
        assertEquals(List.of(stem), terms.terms(word));
    }

    @Test
    @DisplayName("R20a: question words and stop words carry no subject")
    void questionWordsDropped() {
        assertEquals(List.of("renew"), terms.terms("How do I renew?"));
        assertEquals(List.of("partner", "global", "account"), terms.terms("the Partner's Global account"));
        assertEquals(List.of(), terms.terms(null));
    }
}
