package com.actionpack.core.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.membership.RenewalDue.Event;
import com.actionpack.core.membership.RenewalReminder.Stage;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R22: the renewal reminder's counts and the renewals-due span, boundaries on both sides. */
class RenewalReminderTest {

    /** Paid 2027-02-28: AD 2028-02-28 (a leap year: the window closes 2028-03-29). */
    private static final MembershipTerm TERM = new MembershipTerm(LocalDate.of(2027, 2, 28));
    private static final LocalDate AD = TERM.anniversaryDate();

    @ParameterizedTest(name = "AD{0}: {1} {2}")
    @CsvSource({
        "-31, ,                ",
        "-30, WINDOW_OPENS_IN, 30",
        "-29, WINDOW_OPENS_IN, 29",
        "-1,  WINDOW_OPENS_IN, 1",
        "0,   WINDOW_OPEN,     31",
        "1,   WINDOW_OPEN,     30",
        "30,  WINDOW_OPEN,     1",
        "31,  ,                "})
    @DisplayName("R22: from AD - 30 days until the window opens; AD through AD + 30 days left to renew (today counted); nothing outside")
    void countsAroundTheWindow(int offset, Stage stage, Long days) {
        Optional<RenewalReminder> r = RenewalReminder.of(TERM, AD.plusDays(offset));
        if (stage == null) {
            assertEquals(Optional.empty(), r);
            return;
        }
        assertEquals(stage, r.orElseThrow().stage());
        assertEquals(days, r.orElseThrow().days());
        assertEquals(stage == Stage.WINDOW_OPEN ? TERM.renewalWindowCloses() : AD, r.orElseThrow().date());
    }

    @Test
    @DisplayName("R22: for every purchase day of two years (leap day included), the counts meet the window's own dates")
    void sweep() {
        for (LocalDate paid = LocalDate.of(2027, 1, 1); paid.isBefore(LocalDate.of(2029, 1, 1)); paid = paid.plusDays(1)) {
            MembershipTerm term = new MembershipTerm(paid);
            for (int offset = -45; offset <= 45; offset++) {
                LocalDate today = term.anniversaryDate().plusDays(offset);
                Optional<RenewalReminder> r = RenewalReminder.of(term, today);
                boolean inNotice = offset >= -30 && offset < 0;
                boolean inWindow = term.isRenewalWindowOpen(today);
                assertEquals(inNotice || inWindow, r.isPresent(), paid + " " + offset);
                if (r.isPresent()) {
                    RenewalReminder x = r.get();
                    assertEquals(today.plusDays(x.stage() == Stage.WINDOW_OPEN ? x.days() - 1 : x.days()), x.date(),
                            paid + " " + offset);
                }
            }
        }
    }

    @ParameterizedTest(name = "from AD{0} within {1}: {2}")
    @CsvSource({
        "-30, 30, OPENS,  30",
        "-31, 30, ,         ",
        "-30, 29, ,         ",
        "0,   30, OPENS,  0",
        "1,   30, CLOSES, 29",
        "1,   28, ,         ",
        "30,  0,  CLOSES, 0",
        "31,  30, ,         ",
        "-5,  60, OPENS,  5"})
    @DisplayName("R22: renewals due within N days: the window opens or closes from today through today + N, both ends included")
    void dueWithin(int fromOffset, int within, Event event, Long days) {
        LocalDate from = AD.plusDays(fromOffset);
        Optional<RenewalDue> due = RenewalDue.between(TERM, from, from.plusDays(within));
        if (event == null) {
            assertEquals(Optional.empty(), due);
            return;
        }
        assertEquals(event, due.orElseThrow().event());
        assertEquals(days, due.orElseThrow().daysFromStart());
        assertTrue(due.orElseThrow().date().equals(event == Event.OPENS ? AD : TERM.renewalWindowCloses()));
    }
}
