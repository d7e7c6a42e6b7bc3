package com.actionpack.core.usecase.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.faq.FaqEntry;
import com.actionpack.core.faq.HelpPlaces;
import com.actionpack.core.testing.SourceDocument;
import com.actionpack.textsearch.EnglishTerms;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R20, R20a: the source's FAQ and how-to sections, found by word stems, ranked, without dead links. */
class FaqServiceTest {

    private final FaqService faq = new FaqService(new EnglishTerms()::terms);

    private static final String DATES = "My membership end date, benefits end date and office subscriptions end date aren't matching. Why?";
    private static final String RENEW_BUTTON = "My renew button isn't enabled for MAPS purchase. Why?";
    private static final String CANCEL = "Cancel your Action Pack";
    private static final String RENEW = "Renew your Microsoft Action Pack";

    private List<String> questions(String query) {
        return faq.search(query).stream().map(FaqEntry::question).toList();
    }

    @Test
    @DisplayName("R20: the help text is the project's copy of the source document, unchanged")
    void resourceIsTheSource() throws IOException {
        try (InputStream in = FaqService.class.getResourceAsStream(FaqService.SOURCE)) {
            String resource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(SourceDocument.lines(), resource.lines().toList());
        }
    }

    @Test
    @DisplayName("R20: the source's five FAQ questions come first, in order; then its how-to sections")
    void questionsOfTheSource() {
        List<String> all = faq.all().stream().map(FaqEntry::question).toList();
        assertEquals(List.of(DATES, "Can I buy more than one Action Pack?", RENEW_BUTTON,
                "Can I change the benefits from LAPS to MAPS or vice-versa?",
                "Where do I find my benefits related to MAPS purchase?",
                "Prerequisite to purchase Microsoft Action pack", "User role to manage Membership workspace",
                "Purchase Microsoft Action Pack", "Download Microsoft Action Pack invoice", CANCEL, RENEW,
                "View your benefits", "Choose benefit pack - Microsoft Action Pack or Learning Action Pack",
                "Benefits Terms of Participation guide"), all);
        assertTrue(faq.all().get(4).answer().contains("Note:") && faq.all().get(4).answer().contains("24 hours"));
        assertTrue(faq.all().get(12).answer().contains("Important:"));
    }

    @Test
    @DisplayName("R20a: every link of the source has a place in this app (or says it is outside); the table has no stale entry")
    void everyLinkHasAPlace() {
        Matcher links = Pattern.compile("\\[([^\\]]+)]\\(([^)]*)\\)").matcher(String.join("\n", SourceDocument.lines()));
        java.util.Set<String> targets = new java.util.LinkedHashSet<>();
        while (links.find()) {
            targets.add(links.group(2));
        }
        for (String target : targets) {
            assertTrue(HelpPlaces.link(target).isPresent(), "no place in this app for " + target);
        }
        assertEquals(targets, new java.util.LinkedHashSet<>(HelpPlaces.targets()));
    }

    @Test
    @DisplayName("R20a: no answer ends in a dead Learn more, links to Partner Center, or names the absent Membership offers page")
    void noDeadLinks() {
        for (FaqEntry e : faq.all()) {
            String text = (e.question() + "\n" + e.answer()).toLowerCase(Locale.ROOT);
            assertFalse(e.answer().lines().anyMatch(l -> l.matches("(?i).*learn more\\.?( about invoice\\.)?\\s*$")),
                    "a dead Learn more in: " + e.answer());
            for (String dead : List.of("learn more about different dates", "membership offers", "](", "**", "partner.microsoft.com", "/partner-center/",
                    "[!", ":::")) {
                assertFalse(text.contains(dead), "'" + dead + "' in: " + e.question() + "\n" + e.answer());
            }
        }
        String renewButton = faq.all().get(2).answer();
        assertTrue(renewButton.contains("press w") || renewButton.contains("Press w"), renewButton);
        assertTrue(faq.all().get(0).answer().contains("In this app: Benefits lists each Office product"));
    }

    @Test
    @DisplayName("R20a: \"cancel\" and \"refund\" find the cancellation section first")
    void cancelAndRefund() {
        assertEquals(CANCEL, questions("cancel").get(0));
        assertEquals(CANCEL, questions("refund").get(0));
        assertEquals(questions("cancel"), questions("cancellation"));
        assertEquals(questions("cancel"), questions("CANCELLED"));
        assertEquals(questions("refund"), questions("Réfunds"), "accents and case do not matter");
    }

    @Test
    @DisplayName("R20a: \"renewing\" finds renew, renewal and renewing alike; \"how do I renew\" ranks the renewal section first")
    void renewing() {
        List<String> renewing = questions("renewing");
        assertEquals(questions("renew"), renewing);
        assertEquals(questions("renewal"), renewing);
        assertTrue(renewing.containsAll(List.of(RENEW, RENEW_BUTTON, DATES)), renewing.toString());
        List<String> how = questions("how do I renew");
        assertEquals(RENEW, how.get(0), how.toString());
        assertTrue(how.contains(RENEW_BUTTON) && how.size() > 2, how.toString());
    }

    @Test
    @DisplayName("R20a: entries matching more of the query's words rank above those matching fewer")
    void moreWordsRankHigher() {
        List<String> hits = questions("renew button");
        assertEquals(RENEW_BUTTON, hits.get(0));
        assertTrue(hits.contains(RENEW), "one word is still a match");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource({
        "benefits end date, 0", "RENEW BUTTON, 2", "more than one, 1", "LAPS MAPS switch, 3", "24 hours, 4",
        "buy more than one, 1", "invoice, 8", "wire transfer, 7"})
    @DisplayName("R20 R20a: the best match for each question's own words is that question")
    void search(String query, int expected) {
        assertEquals(faq.all().get(expected), faq.search(query).get(0), query + " -> " + questions(query));
    }

    @Test
    @DisplayName("R20: a query nothing matches finds nothing; an empty query lists everything")
    void noHitAndEmpty() {
        assertEquals(List.of(), faq.search("kubernetes"));
        assertEquals(faq.all(), faq.search(""));
        assertEquals(faq.all(), faq.search(null));
    }

    @Test
    @DisplayName("R20a: a link replaced by a whole sentence keeps one full stop, never 'valid..', in every answer")
    void replacedLinksEndWithOneFullStop() {
        assertEquals("Keys are valid. In this app: Benefits lists each Office product with the day it was activated "
                + "and the last day it is valid.", FaqService.plain("Keys are valid. [Learn More](/partner-center/cloud-services)."));
        assertEquals("See Bills and payments.", FaqService.plain("See [Bills and payments]"
                + "(https://partner.microsoft.com/dashboard/v2/membership/offers/billsandpayments)."));
        for (FaqEntry entry : faq.all()) {
            assertFalse(entry.answer().matches("(?s).*[^.]\\.\\.(\\s.*|)"), entry.question() + ":\n" + entry.answer());
        }
        assertTrue(faq.all().get(0).answer().contains("the last day it is valid."), faq.all().get(0).answer());
    }
}
