package com.actionpack.core.usecase.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.faq.FaqEntry;
import com.actionpack.core.testing.SourceDocument;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FaqServiceTest {

    private final FaqService faq = new FaqService();

    @Test
    @DisplayName("R20: the FAQ holds the source's five questions and answers, in order, as the source writes them")
    void fiveQuestionsOfTheSource() {
        String sourceSection = String.join("\n",
                SourceDocument.section("Frequently Asked Questions about Microsoft Action Pack"));
        List<FaqEntry> fromSource = FaqService.parse(sourceSection);
        assertEquals(5, fromSource.size());
        assertEquals(fromSource, faq.all());
        assertEquals(List.of(
                "My membership end date, benefits end date and office subscriptions end date aren't matching. Why?",
                "Can I buy more than one Action Pack?",
                "My renew button isn't enabled for MAPS purchase. Why?",
                "Can I change the benefits from LAPS to MAPS or vice-versa?",
                "Where do I find my benefits related to MAPS purchase?"),
                faq.all().stream().map(FaqEntry::question).toList());
    }

    @Test
    @DisplayName("R20: answers read as prose: link targets and emphasis markers are gone, the note is kept")
    void plainAnswers() {
        for (FaqEntry e : faq.all()) {
            assertFalse(e.answer().contains("](") || e.answer().contains("**") || e.answer().contains("[!"), e.answer());
            assertFalse(e.answer().isBlank());
        }
        assertTrue(faq.all().get(4).answer().contains("Note:") && faq.all().get(4).answer().contains("24 hours"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource({
        "benefits end date, 0", "RENEW BUTTON, 2", "more than one, 1", "LAPS MAPS switch, 3", "24 hours, 4",
        "Partner Global account, 1"})
    @DisplayName("R20: search matches every word in question or answer, case-insensitive")
    void search(String query, int expected) {
        List<FaqEntry> hits = faq.search(query);
        assertTrue(hits.contains(faq.all().get(expected)), query + " -> " + hits);
    }

    @Test
    @DisplayName("R20: a query nothing matches finds nothing; an empty query lists everything")
    void noHitAndEmpty() {
        assertEquals(List.of(), faq.search("kubernetes"));
        assertEquals(faq.all(), faq.search(""));
        assertEquals(faq.all(), faq.search(null));
    }
}
