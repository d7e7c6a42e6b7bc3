package com.actionpack.core.usecase.ordering;

import com.actionpack.textsearch.EnglishTerms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.CoreServices;
import com.actionpack.core.Ports;
import com.actionpack.core.audit.AuditEntry;
import com.actionpack.core.benefits.RandomProductKeyIssuer;
import com.actionpack.core.billing.Invoice;
import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.Money;
import com.actionpack.core.common.ReasonCode;
import com.actionpack.core.membership.Membership;
import com.actionpack.core.offer.CountryOffer;
import com.actionpack.core.ordering.CardDetails;
import com.actionpack.core.ordering.Agreement;
import com.actionpack.core.ordering.Order;
import com.actionpack.core.ordering.OrderKind;
import com.actionpack.core.ordering.OrderRepository;
import com.actionpack.core.ordering.OrderStatus;
import com.actionpack.core.ordering.PaymentChoice;
import com.actionpack.core.ordering.PaymentMethod;
import com.actionpack.core.ordering.PlaceOrder;
import com.actionpack.core.ordering.Quote;
import com.actionpack.core.testing.CoreFixture;
import com.actionpack.core.testing.InMemoryStore;
import com.actionpack.core.usecase.account.NewUser;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PurchaseServiceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 5, 10);
    private final CoreFixture world = new CoreFixture(DAY);

    @Test
    @DisplayName("R7: the order is refused unless the agreement checkbox is ticked")
    void agreementRequired() {
        Actor admin = world.readyAccount();
        ActionRefusedException e = assertThrows(ActionRefusedException.class,
                () -> world.core.purchases().placeOrder(admin, new PlaceOrder(false, CoreFixture.card())));
        assertEquals(List.of(ReasonCode.AGREEMENT_NOT_ACCEPTED), e.reasons().stream().map(r -> r.code()).toList());
        assertTrue(world.core.billing().orders(admin).isEmpty(), "nothing stored");
    }

    @Test
    @DisplayName("R6 R7: mayOrder answers with the reasons placeOrder refuses with, and stores nothing")
    void mayOrderAsksWhatPlaceOrderRefuses() {
        Actor admin = world.readyAccount();
        assertTrue(world.core.purchases().mayOrder(admin, true).allowed());
        assertEquals(List.of(ReasonCode.AGREEMENT_NOT_ACCEPTED),
                world.core.purchases().mayOrder(admin, false).reasons().stream().map(r -> r.code()).toList());
        world.buyByWire(admin);
        List<ReasonCode> asked = world.core.purchases().mayOrder(admin, false).reasons().stream()
                .map(r -> r.code()).toList();
        ActionRefusedException refused = assertThrows(ActionRefusedException.class,
                () -> world.core.purchases().placeOrder(admin, new PlaceOrder(false, new PaymentChoice.Wire())));
        assertEquals(refused.reasons().stream().map(r -> r.code()).toList(), asked);
        assertTrue(asked.containsAll(List.of(ReasonCode.AWAITING_WIRE_PAYMENT, ReasonCode.AGREEMENT_NOT_ACCEPTED)), "" + asked);
        assertEquals(1, world.core.billing().orders(admin).size(), "asking placed nothing");
    }

    @Test
    @DisplayName("R5: a second purchase while one is active is refused; so is a purchase while a wire order awaits payment")
    void onePerAccount() {
        Actor admin = world.readyAccount();
        world.buyByWire(admin);
        ActionRefusedException e = assertThrows(ActionRefusedException.class, () -> world.buyByCard(admin));
        assertTrue(e.has(ReasonCode.AWAITING_WIRE_PAYMENT));
        assertEquals(1, world.core.billing().orders(admin).size());
    }

    @Test
    @DisplayName("R5: two admins pressing Buy at the same moment: the store's guard refuses the second, no exception leaks")
    void racingBuyers() {
        InMemoryStore store = world.store;
        // The second writer read the account before the first committed: its view of orders is empty.
        OrderRepository staleReads = new OrderRepository() {
            @Override public Order insert(Order order) { return store.orders.insert(order); }
            @Override public void update(Order order) { store.orders.update(order); }
            @Override public Optional<Order> find(long id) { return store.orders.find(id); }
            @Override public List<Order> listByAccount(long accountId) { return List.of(); }
            @Override public List<Order> listAwaitingPayment() { return store.orders.listAwaitingPayment(); }
            @Override public void recordAgreement(long id, Agreement.AcceptedAgreement a) { store.orders.recordAgreement(id, a); }
            @Override public Optional<Agreement.AcceptedAgreement> agreementOf(long id) { return store.orders.agreementOf(id); }
        };
        CoreServices racer = new CoreServices(new Ports(store, world.clock, store.accounts, store.users, store.offers,
                staleReads, store.invoices, store.documentNumbers, store.memberships, store.tickets, store.catalog,
                store.redemptions, new RandomProductKeyIssuer(new Random(1)), store.audit, new EnglishTerms()::terms));
        Actor admin = world.readyAccount();
        Actor otherAdmin = Actor.console(world.core.addUser().add(admin, new NewUser("second@contoso.example", "Second",
                java.util.Set.of(com.actionpack.core.account.Role.MPN_PARTNER_ADMIN))).id());
        world.buyByWire(admin);

        ActionRefusedException e = assertThrows(ActionRefusedException.class,
                () -> racer.purchases().placeOrder(otherAdmin, new PlaceOrder(true, new PaymentChoice.Wire())));
        assertTrue(e.has(ReasonCode.ALREADY_PURCHASED), e.getMessage());
        assertEquals(1, world.core.billing().orders(admin).size());
    }

    @Test
    @DisplayName("R8: card pays at once: order PAID, membership started today, only brand and last four kept")
    void cardPaysAtOnce() {
        Actor admin = world.readyAccount();
        OrderReceipt r = world.buyByCard(admin);
        assertEquals(OrderStatus.PAID, r.order().status());
        assertEquals(DAY, r.order().paidOn());
        assertEquals("Visa", r.order().cardBrand());
        assertEquals("1111", r.order().cardLast4());
        Membership m = r.membership().orElseThrow();
        assertEquals(DAY, m.startDate());
        assertTrue(r.wireInstructions().isEmpty());
    }

    @Test
    @DisplayName("R8: the full card number and CVV never reach a refusal, the stored order, an invoice or the audit trail")
    void cardDataNeverStored() {
        Actor admin = world.readyAccount();
        String number = "5555 5555 5555 4444";
        ActionRefusedException refused = assertThrows(ActionRefusedException.class, () -> world.core.purchases()
                .placeOrder(admin, new PlaceOrder(true, new PaymentChoice.Card(new CardDetails(number, "12/30", "8642")))));
        assertNoCardData(refused.getMessage() + refused, "5555555555554444", "8642");

        world.core.purchases().placeOrder(admin, new PlaceOrder(true,
                new PaymentChoice.Card(new CardDetails(number, "12/30", "864"))));
        StringBuilder everything = new StringBuilder();
        world.core.billing().orders(admin).forEach(o -> everything.append(o).append('\n'));
        world.store.invoices.listByOrder(world.core.billing().orders(admin).get(0).id())
                .forEach(v -> everything.append(v).append('\n'));
        world.store.auditEntries().forEach(a -> everything.append(a).append('\n'));
        assertNoCardData(everything.toString(), "5555555555554444", "864");
        assertTrue(everything.toString().contains("4444"), "last four are kept");
    }

    private static void assertNoCardData(String text, String digits, String cvv) {
        String squeezed = text.replaceAll("[\\s-]", "");
        assertFalse(squeezed.contains(digits), text);
        assertFalse(squeezed.contains(digits.substring(0, 12)), text);
        assertFalse(text.matches("(?s).*\\b" + cvv + "\\b.*"), text);
    }

    @Test
    @DisplayName("R8 R10: where card is not offered the quote lists wire only and a card payment is refused")
    void wireOnlyCountry() {
        Actor admin = world.readyAccount("Tata Partners", "IN");
        Quote q = world.core.purchases().quote(admin);
        assertEquals(List.of(PaymentMethod.WIRE_TRANSFER), q.methods());
        assertFalse(q.cardOffered());
        ActionRefusedException e = assertThrows(ActionRefusedException.class, () -> world.buyByCard(admin));
        assertTrue(e.has(ReasonCode.CARD_NOT_OFFERED_IN_COUNTRY));
        assertEquals(OrderStatus.AWAITING_PAYMENT, world.buyByWire(admin).order().status());
    }

    @Test
    @DisplayName("R10: the price per country and currency, tax in minor units; other countries take the default row")
    void pricePerCountry() {
        Actor de = world.readyAccount("Muster GmbH", "DE");
        Quote q = world.core.purchases().quote(de);
        assertEquals(Money.of(45_000, "EUR"), q.net());
        assertEquals(Money.of(8_550, "EUR"), q.tax());
        assertEquals(Money.of(53_550, "EUR"), q.total());
        assertEquals(Money.of(53_550, "EUR"), world.buyByCard(de).invoice().total());

        Actor fr = world.readyAccount("Exemple SA", "FR");
        assertEquals(Money.of(47_500, "USD"), world.core.purchases().quote(fr).total());
    }

    @Test
    @DisplayName("R10: only an operator edits the price table; the change is audited and applies to the next quote")
    void operatorEditsPrice() {
        Actor admin = world.readyAccount();
        Actor op = world.operator();
        CountryOffer newUs = new CountryOffer("US", Money.of(52_500, "USD"), 0, true, "Contoso Bank");
        assertThrows(ActionRefusedException.class, () -> world.core.prices().save(admin, newUs));
        world.core.prices().save(op, newUs);
        assertEquals(Money.of(52_500, "USD"), world.core.purchases().quote(admin).total());
        AuditEntry last = world.store.auditEntries().get(world.store.auditEntries().size() - 1);
        assertEquals("price.changed", last.action());
        assertTrue(last.before().contains("475.00") && last.after().contains("525.00"), last.toString());
    }

    @Test
    @DisplayName("R10: with no row for the country and no default row, the price is refused with what to do")
    void noPrice() {
        InMemoryStore bare = new InMemoryStore();
        ActionRefusedException e = assertThrows(ActionRefusedException.class,
                () -> new com.actionpack.core.offer.Offers(bare.offers).forCountry("FR"));
        assertTrue(e.has(ReasonCode.NO_PRICE_FOR_COUNTRY));
        assertTrue(e.reasons().get(0).remedy().contains("operator"));
        bare.offers.save(new CountryOffer("ZZ", Money.of(1, "USD"), 0, true, "x"));
        assertEquals(Money.of(1, "USD"), new com.actionpack.core.offer.Offers(bare.offers).forCountry("FR").price());
    }

    @Test
    @DisplayName("R11: Renew in the window starts a new 365-day term from the renewal's own payment date")
    void renewal() {
        Actor admin = world.readyAccount();
        Membership first = world.buyByCard(admin).membership().orElseThrow();
        world.clock.setDate(DAY.plusDays(370));
        OrderReceipt renewal = world.buyByCard(admin);
        assertEquals(OrderKind.RENEWAL, renewal.order().kind());
        assertEquals(2, renewal.order().term());
        assertEquals(first.id(), renewal.order().renewsMembershipId());
        Membership second = renewal.membership().orElseThrow();
        assertEquals(DAY.plusDays(370), second.startDate());
        assertEquals(DAY.plusDays(370 + 365), second.dates().endDate());
        assertEquals(com.actionpack.core.membership.MembershipStatus.RENEWED,
                world.store.memberships.find(first.id()).orElseThrow().status());
        Invoice inv = renewal.invoice();
        assertTrue(inv.lineDescription().endsWith(", renewal"), inv.lineDescription());
        assertEquals(2, second.term(), "R11a: the second term of one unbroken membership");
    }

    @Test
    @DisplayName("R11 R12: after AD+30 without renewal the membership expires and the account buys afresh (Buy now, NEW)")
    void lapseThenBuyAfresh() {
        Actor admin = world.readyAccount();
        world.buyByCard(admin);
        world.clock.setDate(DAY.plusDays(365 + 30));
        assertEquals(com.actionpack.core.eligibility.OfferMode.RENEW, world.core.eligibility().check(admin).mode());
        world.clock.setDate(DAY.plusDays(365 + 31));
        assertEquals(com.actionpack.core.eligibility.OfferMode.BUY_NOW, world.core.eligibility().check(admin).mode());
        OrderReceipt fresh = world.buyByCard(admin);
        assertEquals(OrderKind.NEW, fresh.order().kind());
        assertTrue(world.store.auditEntries().stream().anyMatch(a -> a.action().equals("membership.expired")));
    }

    @Test
    @DisplayName("R4: a Billing admin or Reader cannot buy; a Global admin and an MPN Partner admin can")
    void rolesForBuying() {
        Actor admin = world.readyAccount();
        for (var role : List.of(com.actionpack.core.account.Role.BILLING_ADMIN, com.actionpack.core.account.Role.READER,
                com.actionpack.core.account.Role.ACCOUNT_ADMIN)) {
            Actor other = Actor.console(world.core.addUser().add(admin,
                    new NewUser(role.name().toLowerCase().replace('_', '.')
                    + "@contoso.example", "Other", java.util.Set.of(role))).id());
            ActionRefusedException e = assertThrows(ActionRefusedException.class, () -> world.buyByCard(other));
            assertTrue(e.has(ReasonCode.MISSING_ROLE), role.name());
        }
        Actor mpn = Actor.console(world.core.addUser().add(admin, new NewUser("mpn@contoso.example", "Mpn",
                java.util.Set.of(com.actionpack.core.account.Role.MPN_PARTNER_ADMIN))).id());
        assertEquals(OrderStatus.PAID, world.buyByCard(mpn).order().status());
        Stream.of(admin).forEach(a -> assertFalse(world.core.eligibility().check(a).enabled()));
    }
}
