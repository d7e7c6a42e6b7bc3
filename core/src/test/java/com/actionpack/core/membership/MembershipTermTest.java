package com.actionpack.core.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MembershipTermTest {

    /** Every purchase date of four years, 2028 a leap year. */
    static Stream<LocalDate> everyPurchaseDate() {
        return LocalDate.of(2026, 1, 1).datesUntil(LocalDate.of(2030, 1, 1));
    }

    @ParameterizedTest(name = "paid {0}")
    @MethodSource("everyPurchaseDate")
    @DisplayName("R11 R12 sweep: end = paid + 365 days, benefits end = end + 30, window AD..AD+30, lapse after AD+30")
    void datesForEveryPurchaseDay(LocalDate paid) {
        MembershipTerm term = new MembershipTerm(paid);
        assertEquals(365, ChronoUnit.DAYS.between(paid, term.endDate()));
        assertEquals(term.endDate(), term.anniversaryDate());
        assertEquals(term.endDate().plusDays(30), term.benefitsEndDate());
        assertEquals(term.endDate(), term.renewalWindowOpens());
        assertEquals(term.endDate().plusDays(30), term.renewalWindowCloses());

        LocalDate ad = term.anniversaryDate();
        assertFalse(term.isRenewalWindowOpen(ad.minusDays(1)), "day before AD");
        assertTrue(term.isRenewalWindowOpen(ad), "AD");
        assertTrue(term.isRenewalWindowOpen(ad.plusDays(30)), "AD+30");
        assertFalse(term.isRenewalWindowOpen(ad.plusDays(31)), "AD+31");
        assertFalse(term.hasLapsed(ad.plusDays(30)), "AD+30 still current");
        assertTrue(term.hasLapsed(ad.plusDays(31)), "AD+31 lapsed");
    }

    @ParameterizedTest(name = "paid {0}")
    @MethodSource("everyPurchaseDate")
    @DisplayName("R15 sweep: cancellation period is exactly day 0..30 after purchase")
    void cancellationPeriodForEveryPurchaseDay(LocalDate paid) {
        MembershipTerm term = new MembershipTerm(paid);
        assertTrue(term.isWithinCancellationPeriod(paid));
        assertTrue(term.isWithinCancellationPeriod(paid.plusDays(30)), "day 30");
        assertFalse(term.isWithinCancellationPeriod(paid.plusDays(31)), "day 31");
        assertEquals(paid.plusDays(30), term.lastCancellationDay());
    }

    @Test
    @DisplayName("R11: day 364 after purchase renewal is closed, day 365 (AD) and day 366 it is open")
    void day365And366() {
        LocalDate paid = LocalDate.of(2026, 6, 15);
        MembershipTerm term = new MembershipTerm(paid);
        assertFalse(term.isRenewalWindowOpen(paid.plusDays(364)));
        assertTrue(term.isRenewalWindowOpen(paid.plusDays(365)));
        assertTrue(term.isRenewalWindowOpen(paid.plusDays(366)));
        assertEquals(LocalDate.of(2027, 6, 15), term.endDate());
    }

    @Test
    @DisplayName("R11 R12: a purchase on 29 February 2028 ends on 28 February 2029, benefits on 30 March 2029")
    void leapDayPurchase() {
        MembershipTerm term = new MembershipTerm(LocalDate.of(2028, 2, 29));
        assertEquals(LocalDate.of(2029, 2, 28), term.endDate());
        assertEquals(LocalDate.of(2029, 3, 30), term.benefitsEndDate());
        assertEquals(LocalDate.of(2029, 3, 30), term.renewalWindowCloses());
        assertEquals(LocalDate.of(2028, 3, 30), term.lastCancellationDay());
    }

    @Test
    @DisplayName("R11: 365 days, not one calendar year: paid 1 March 2027 has its AD on 29 February 2028")
    void termCrossingLeapDay() {
        MembershipTerm term = new MembershipTerm(LocalDate.of(2027, 3, 1));
        assertEquals(LocalDate.of(2028, 2, 29), term.anniversaryDate());
        assertEquals(LocalDate.of(2028, 3, 30), term.benefitsEndDate());
    }
}
