package com.actionpack.core;

import com.actionpack.textsearch.EnglishTerms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.benefits.RandomProductKeyIssuer;
import com.actionpack.core.common.Actor;
import com.actionpack.core.eligibility.OfferMode;
import com.actionpack.core.usecase.ordering.OrderReceipt;
import com.actionpack.core.testing.CoreFixture;
import com.actionpack.core.testing.InMemoryStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ClockTest {

    @Test
    @DisplayName("R14: every date and instant a purchase records comes from the injected clock, years away from today")
    void everythingFromTheClock() {
        LocalDate day = LocalDate.of(2031, 7, 4);
        CoreFixture world = new CoreFixture(day);
        Actor admin = world.readyAccount();
        Instant now = world.clock.instant();
        OrderReceipt r = world.buyByCard(admin);
        assertEquals(day, r.order().placedOn());
        assertEquals(now, r.order().placedAt());
        assertEquals(day, r.order().paidOn());
        assertEquals(day, r.invoice().issuedOn());
        assertEquals(day, r.membership().orElseThrow().startDate());
        assertEquals(now.plusSeconds(24 * 3600), r.membership().orElseThrow().benefitsAvailableAt());
        assertEquals(day, world.core.accountQueries().account(admin).enrolledOn());
        assertTrue(world.store.auditEntries().stream().allMatch(e -> e.at().equals(now)));
    }

    @Test
    @DisplayName("R14: an operator previews 'as of' a date by reading the same store through another clock")
    void asOfPreview() {
        CoreFixture world = new CoreFixture(LocalDate.of(2026, 3, 1));
        Actor admin = world.readyAccount();
        world.buyByCard(admin);
        InMemoryStore s = world.store;
        CoreServices asOf = new CoreServices(new Ports(s, Clock.fixed(Instant.parse("2027-03-01T09:00:00Z"), ZoneOffset.UTC),
                s.accounts, s.users, s.offers, s.orders, s.invoices, s.documentNumbers, s.memberships, s.tickets, s.catalog,
                s.redemptions, new RandomProductKeyIssuer(new Random(3)), s.audit, new EnglishTerms()::terms));
        assertFalse(world.core.eligibility().check(admin).enabled(), "today: one per account");
        assertEquals(OfferMode.RENEW, asOf.eligibility().check(admin).mode());
        assertTrue(asOf.eligibility().check(admin).enabled(), "as of the anniversary date: Renew");
        int writes = s.writeTransactions();
        asOf.eligibility().check(admin);
        assertEquals(writes, s.writeTransactions(), "a preview never writes");
    }
}
