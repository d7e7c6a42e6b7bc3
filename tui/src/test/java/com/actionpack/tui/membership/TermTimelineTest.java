package com.actionpack.tui.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.membership.MembershipTerm;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R11 R12: the term's one-line timeline, drawn for several days of a term: the marks sit where
 * core's dates fall, today moves along the bar, and nothing reaches column 80 or needs colour.
 */
class TermTimelineTest {

    private static final LocalDate PAID = LocalDate.of(2027, 1, 20);

    private static List<String> draw(LocalDate paid, LocalDate today) {
        List<String> lines = TermTimeline.lines(paid, new MembershipTerm(paid), today);
        assertEquals(2, lines.size(), String.join("\n", lines));
        for (String line : lines) {
            assertTrue(line.length() <= 78, "column 79 and 80 stay free: [" + line + "] " + line.length());
            assertTrue(line.chars().allMatch(c -> c >= 0x20 && c < 0x7f), "plain ASCII, no colour needed: " + line);
        }
        return lines;
    }

    private static String bar(List<String> lines) {
        String line = lines.get(0);
        return line.substring(line.indexOf('[') + 1, line.indexOf(']'));
    }

    @Test
    @DisplayName("R11 R12: the bar runs from the purchase to the benefits end, the anniversary between, the window after it")
    void marksFollowCoresDates() {
        MembershipTerm term = new MembershipTerm(PAID);
        List<String> lines = draw(PAID, PAID.plusDays(100));
        assertTrue(lines.get(0).startsWith(" " + PAID + " ["), lines.get(0));
        assertTrue(lines.get(0).endsWith("] " + term.benefitsEndDate()), lines.get(0));
        String bar = bar(lines);
        assertEquals(TermTimeline.BAR, bar.length());
        int anniversary = bar.indexOf('|');
        assertTrue(anniversary > 40, "365 of 395 days: the anniversary is near the end: " + bar);
        assertTrue(bar.substring(0, anniversary).matches("[=@]+"), "the term before the anniversary: " + bar);
        assertTrue(bar.substring(anniversary + 1).matches("~+"), "the renewal window after it: " + bar);
        assertTrue(lines.get(1).startsWith(" purchase "), lines.get(1));
        assertTrue(lines.get(1).endsWith(" benefits end"), lines.get(1));
        assertTrue(lines.get(1).contains("| anniversary") && lines.get(1).contains("~ "), lines.get(1));
    }

    @Test
    @DisplayName("R11: today moves along the bar: the first day, before the window, in the window, the last day")
    void todayMovesAlongTheTerm() {
        MembershipTerm term = new MembershipTerm(PAID);
        int first = bar(draw(PAID, PAID)).indexOf('@');
        int before = bar(draw(PAID, term.anniversaryDate().minusDays(10))).indexOf('@');
        List<String> inWindow = draw(PAID, term.renewalWindowOpens().plusDays(10));
        int window = bar(inWindow).indexOf('@');
        int last = bar(draw(PAID, term.benefitsEndDate())).indexOf('@');
        assertEquals(0, first, "the purchase day is the bar's first column");
        assertTrue(first < before && before < bar(inWindow).indexOf('|'), "before the window: left of the anniversary");
        assertTrue(window > bar(inWindow).indexOf('|'), "in the window: right of the anniversary: " + bar(inWindow));
        assertEquals(TermTimeline.BAR - 1, last, "the benefits end is the last column");
        assertTrue(inWindow.get(1).contains("@ today " + term.renewalWindowOpens().plusDays(10)), inWindow.get(1));
    }

    @Test
    @DisplayName("R12: after the benefits end (or before the purchase) no @ is drawn, and the legend says where today is")
    void outsideTheTerm() {
        MembershipTerm term = new MembershipTerm(PAID);
        LocalDate after = term.benefitsEndDate().plusDays(1);
        List<String> expired = draw(PAID, after);
        assertFalse(bar(expired).contains("@"), bar(expired));
        assertTrue(expired.get(1).contains("today " + after + " (after)"), expired.get(1));
        List<String> early = draw(PAID, PAID.minusDays(1));
        assertFalse(bar(early).contains("@"), bar(early));
        assertTrue(early.get(1).contains("(before)"), early.get(1));
    }

    @Test
    @DisplayName("R11: a term bought on a leap day draws core's anniversary, and today on the next leap day is inside or after as core says")
    void leapDay() {
        LocalDate leap = LocalDate.of(2028, 2, 29);
        MembershipTerm term = new MembershipTerm(leap);
        List<String> lines = draw(leap, leap.plusDays(200));
        assertTrue(lines.get(0).startsWith(" 2028-02-29 ["), lines.get(0));
        assertTrue(lines.get(0).endsWith("] " + term.benefitsEndDate()), lines.get(0));
        assertEquals(1, bar(lines).chars().filter(c -> c == '|').count(), bar(lines));
        List<String> onAnniversary = draw(leap, term.anniversaryDate());
        assertTrue(bar(onAnniversary).contains("@"), "the anniversary is inside the term: " + bar(onAnniversary));
        assertTrue(onAnniversary.get(1).contains("@ today " + term.anniversaryDate()), onAnniversary.get(1));
    }
}
