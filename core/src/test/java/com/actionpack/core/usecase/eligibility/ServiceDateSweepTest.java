package com.actionpack.core.usecase.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.common.Actor;
import com.actionpack.core.common.Reason;
import com.actionpack.core.common.ReasonCode;
import com.actionpack.core.eligibility.Eligibility;
import com.actionpack.core.eligibility.OfferMode;
import com.actionpack.core.membership.Membership;
import com.actionpack.core.testing.CoreFixture;
import com.actionpack.core.usecase.benefits.BenefitsOverview;
import java.time.LocalDate;
import java.time.Month;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The date rules end to end through the services, on a sample of purchase days (every 7th day
 * of 2026-2029 and every day around the end of February); the pure rule classes are swept on
 * every day in MembershipTermTest, EligibilityRulesTest and CancellationRulesTest.
 */
class ServiceDateSweepTest {

    static Stream<LocalDate> samplePurchaseDates() {
        return LocalDate.of(2026, 1, 1).datesUntil(LocalDate.of(2030, 1, 1))
                .filter(d -> d.getDayOfYear() % 7 == 0
                        || (d.getMonth() == Month.FEBRUARY && d.getDayOfMonth() >= 27)
                        || (d.getMonth() == Month.MARCH && d.getDayOfMonth() <= 2));
    }

    @ParameterizedTest(name = "bought {0}")
    @MethodSource("samplePurchaseDates")
    @DisplayName("R11 R12 R15 sweep through the services: cancel through day 30, Renew exactly AD..AD+30, benefits end = end + 30")
    void datesThroughServices(LocalDate paid) {
        CoreFixture world = new CoreFixture(paid);
        Actor admin = world.readyAccount();
        Membership m = world.buyByCard(admin).membership().orElseThrow();
        LocalDate ad = paid.plusDays(365);
        assertEquals(ad, m.dates().endDate());
        assertEquals(ad.plusDays(30), m.dates().benefitsEndDate());

        world.clock.setDate(paid.plusDays(30));
        assertTrue(world.core.cancellations().check(admin).allowed(), "day 30");
        world.clock.setDate(paid.plusDays(31));
        assertFalse(world.core.cancellations().check(admin).allowed(), "day 31");

        world.clock.setDate(ad.minusDays(1));
        Eligibility before = world.core.eligibility().check(admin);
        assertEquals(OfferMode.RENEW, before.mode());
        assertTrue(before.reasons().stream().map(Reason::code).anyMatch(c -> c == ReasonCode.RENEWAL_WINDOW_NOT_OPEN));
        for (LocalDate day : new LocalDate[] {ad, ad.plusDays(30)}) {
            world.clock.setDate(day);
            Eligibility e = world.core.eligibility().check(admin);
            assertEquals(OfferMode.RENEW, e.mode(), day.toString());
            assertTrue(e.enabled(), day.toString());
            BenefitsOverview b = world.core.benefits().overview(admin);
            assertEquals(m.id(), b.membership().orElseThrow().id(), "benefits survive the renewal window");
        }
        world.clock.setDate(ad.plusDays(31));
        Eligibility after = world.core.eligibility().check(admin);
        assertEquals(OfferMode.BUY_NOW, after.mode());
        assertTrue(after.enabled());
        assertTrue(world.core.benefits().overview(admin).membership().isEmpty());
    }
}
