package com.actionpack.persistence.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.Ports;
import com.actionpack.core.account.Address;
import com.actionpack.core.account.Contact;
import com.actionpack.core.account.LegalProfile;
import com.actionpack.core.account.PartnerAccount;
import com.actionpack.core.account.Role;
import com.actionpack.core.account.User;
import com.actionpack.core.account.VerificationStatus;
import com.actionpack.core.audit.AuditEntry;
import com.actionpack.core.benefits.BenefitPack;
import com.actionpack.core.benefits.Redemption;
import com.actionpack.core.benefits.SourceCatalog;
import com.actionpack.core.billing.DocumentKind;
import com.actionpack.core.billing.Invoice;
import com.actionpack.core.billing.InvoiceStatus;
import com.actionpack.core.billing.Party;
import com.actionpack.core.cancellation.SupportTicket;
import com.actionpack.core.cancellation.TicketStatus;
import com.actionpack.core.common.Money;
import com.actionpack.core.membership.Membership;
import com.actionpack.core.membership.MembershipStatus;
import com.actionpack.core.offer.CountryOffer;
import com.actionpack.core.ordering.LiveOrderConflictException;
import com.actionpack.core.ordering.Order;
import com.actionpack.core.ordering.OrderKind;
import com.actionpack.core.ordering.OrderStatus;
import com.actionpack.core.ordering.PaymentMethod;
import com.actionpack.core.ordering.WireProof;
import com.actionpack.core.testing.TestClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import com.actionpack.persistence.testing.Backend;
import com.actionpack.persistence.testing.OnBothBackends;

/** Every repository stores and reads back its aggregates field for field, on each backend (#16). */
@OnBothBackends
class RepositoryRoundTripTest {

    /** Text that breaks naive CSV, SQL and terminals: commas, quotes, newlines, other scripts, formula starts. */
    static final String AWKWARD = "=SUM(A1), \"Ünïcödé\" 株式会社\nO'Brien; +1 -2 @x";

    @Parameter
    Backend backend;

    private Ports p;
    // Timestamps keep milliseconds (what sqlite-jdbc stores); Times truncates to them.
    private final Instant at = LocalDate.of(2026, 3, 1).atTime(9, 30, 15, 123_000_000).toInstant(ZoneOffset.UTC);

    @BeforeEach
    void open() {
        p = backend.fresh("round", new TestClock(LocalDate.of(2026, 3, 1))).ports();
    }

    private <T> T w(Supplier<T> work) {
        return p.transactions().write(work);
    }

    private <T> T r(Supplier<T> work) {
        return p.transactions().read(work);
    }

    private PartnerAccount account() {
        LegalProfile profile = new LegalProfile(AWKWARD, new Address("1 Rue de l'Église", "Zürich", "", "CH"),
                new Contact("Zoë \"Z\" Ng", "zoe@example.com", ""));
        return w(() -> p.accounts().insert(new PartnerAccount(0, "", profile, VerificationStatus.PENDING, "", null)));
    }

    private User user(long accountId, String email) {
        return w(() -> p.users().insert(new User(0, accountId, email, "Zoë", Set.of(Role.GLOBAL_ADMIN, Role.BILLING_ADMIN))));
    }

    private Order order(long accountId, long userId, int term, OrderStatus status) {
        return new Order(0, "", new Order.Placement(accountId, term, OrderKind.NEW, 0, at, LocalDate.of(2026, 3, 1), userId),
                new Order.Charge(Money.of(47_500, "USD"), 825, Money.of(3_919, "USD"), Money.of(51_419, "USD")),
                new Order.Payment(PaymentMethod.WIRE_TRANSFER, null, null), Order.Progress.of(status));
    }

    @Test
    void accounts() {
        PartnerAccount a = account();
        PartnerAccount changed = a.withVerification(VerificationStatus.REJECTED, "Address, please\nline 2")
                .withEnrollment(LocalDate.of(2026, 2, 28));
        changed = new PartnerAccount(a.id(), "4000001", changed.profile(), changed.verification(),
                changed.verificationNote(), changed.enrolledOn());
        PartnerAccount saved = changed;
        w(() -> {
            p.accounts().update(saved);
            return null;
        });
        assertEquals(saved, r(() -> p.accounts().find(a.id())).orElseThrow());
        assertEquals(1, (long) r(() -> p.accounts().count()));
        assertTrue(r(() -> p.accounts().find(a.id() + 1)).isEmpty());
    }

    @Test
    @DisplayName("R4: users and their roles round-trip; an email is unique")
    void users() {
        PartnerAccount a = account();
        User u = user(a.id(), "zoe@example.com");
        assertEquals(u, r(() -> p.users().find(u.id())).orElseThrow());
        assertEquals(u, r(() -> p.users().findByEmail("ZOE@example.com")).orElseThrow());
        User regranted = u.withRoles(EnumSet.of(Role.READER, Role.OPERATOR));
        p.transactions().writeVoid(() -> p.users().update(regranted));
        assertEquals(List.of(regranted), r(() -> p.users().listByAccount(a.id())));
        User none = u.withRoles(Set.of());
        p.transactions().writeVoid(() -> p.users().update(none));
        assertEquals(none, r(() -> p.users().find(u.id())).orElseThrow());
        assertThrows(DatabaseException.class, () -> user(a.id(), "zoe@example.com"));
    }

    @Test
    @DisplayName("R10: offers: seeded default and IN without card; save inserts or replaces")
    void offers() {
        CountryOffer zz = r(() -> p.offers().find(CountryOffer.DEFAULT_COUNTRY)).orElseThrow();
        assertEquals(Money.of(47_500, "USD"), zz.price());
        assertEquals(false, r(() -> p.offers().find("IN")).orElseThrow().cardAllowed());
        CountryOffer nz = new CountryOffer("NZ", Money.of(79_900, "NZD"), 1_500, true, AWKWARD);
        p.transactions().writeVoid(() -> p.offers().save(nz));
        CountryOffer nzWire = new CountryOffer("NZ", Money.of(80_000, "NZD"), 1_500, false, "Bank");
        p.transactions().writeVoid(() -> p.offers().save(nzWire));
        assertEquals(nzWire, r(() -> p.offers().find("NZ")).orElseThrow());
        assertTrue(r(() -> p.offers().list()).contains(nzWire));
    }

    @Test
    @DisplayName("R5: orders round-trip; a second live order for the same account and term is refused by the database")
    void orders() {
        PartnerAccount a = account();
        User u = user(a.id(), "o@example.com");
        Order placed = w(() -> p.orders().insert(order(a.id(), u.id(), 1, OrderStatus.AWAITING_PAYMENT)));
        assertEquals(String.format("AP-%08d", placed.id()), placed.number());
        assertEquals(placed, r(() -> p.orders().find(placed.id())).orElseThrow());

        Order proved = placed.withProof(new WireProof(LocalDate.of(2026, 3, 2), "DE00 1", "TX-1", ""));
        p.transactions().writeVoid(() -> p.orders().update(proved));
        assertEquals(proved, r(() -> p.orders().find(placed.id())).orElseThrow());
        assertEquals(List.of(proved), r(() -> p.orders().listAwaitingPayment()));

        assertThrows(LiveOrderConflictException.class,
                () -> w(() -> p.orders().insert(order(a.id(), u.id(), 1, OrderStatus.AWAITING_PAYMENT))));
        Order cancelled = proved.closed(OrderStatus.CANCELLED, LocalDate.of(2026, 3, 3));
        p.transactions().writeVoid(() -> p.orders().update(cancelled));
        Order second = w(() -> p.orders().insert(order(a.id(), u.id(), 1, OrderStatus.PAID)));
        assertEquals(List.of(second, cancelled), r(() -> p.orders().listByAccount(a.id())));
        assertThrows(LiveOrderConflictException.class, () -> w(() -> {
            p.orders().update(cancelled.paid(LocalDate.of(2026, 3, 4)));
            return null;
        }));
    }

    @Test
    @DisplayName("R9: invoices and credit notes round-trip with their status from the order; numbers strictly increase")
    void invoices() {
        PartnerAccount a = account();
        User u = user(a.id(), "i@example.com");
        Order o = w(() -> p.orders().insert(order(a.id(), u.id(), 1, OrderStatus.PAID)));
        Party party = new Party(AWKWARD, new Address("Street", "City", "", "CH"));
        long seq = w(() -> p.documentNumbers().next());
        Invoice inv = w(() -> p.invoices().insert(new Invoice(0, seq, Invoice.numberFor(DocumentKind.INVOICE, seq),
                DocumentKind.INVOICE, o.id(), o.number(), a.id(), "4000001", LocalDate.of(2026, 3, 1), party, party,
                "Line", 1, Money.of(47_500, "USD"), 825, Money.of(3_919, "USD"), Money.of(51_419, "USD"),
                PaymentMethod.CREDIT_CARD, "Paid", "", "")));
        long seq2 = w(() -> p.documentNumbers().next());
        assertEquals(seq + 1, seq2);
        Invoice cn = w(() -> p.invoices().insert(new Invoice(0, seq2, Invoice.numberFor(DocumentKind.CREDIT_NOTE, seq2),
                DocumentKind.CREDIT_NOTE, o.id(), o.number(), a.id(), "4000001", LocalDate.of(2026, 3, 2), party, party,
                "Refund", 1, Money.of(-47_500, "USD"), 825, Money.of(-3_919, "USD"), Money.of(-51_419, "USD"),
                PaymentMethod.CREDIT_CARD, "Refunded", "", inv.number())));

        assertEquals(inv, r(() -> p.invoices().find(inv.id())).orElseThrow().invoice());
        assertEquals(InvoiceStatus.PAID, r(() -> p.invoices().find(inv.id())).orElseThrow().status());
        assertEquals(cn, r(() -> p.invoices().findByNumber(cn.number())).orElseThrow().invoice());
        assertEquals(InvoiceStatus.REFUNDED, r(() -> p.invoices().findByNumber(cn.number())).orElseThrow().status());
        assertEquals(List.of(inv, cn), r(() -> p.invoices().listByOrder(o.id())).stream().map(v -> v.invoice()).toList());
        // A number that does not increase is refused by the database itself.
        assertThrows(DatabaseException.class, () -> w(() -> p.invoices().insert(inv.withId(0))));
    }

    @Test
    @DisplayName("R11 R17 R15: memberships round-trip with pack, key view and closing day")
    void memberships() {
        PartnerAccount a = account();
        User u = user(a.id(), "m@example.com");
        Order o = w(() -> p.orders().insert(order(a.id(), u.id(), 1, OrderStatus.PAID)));
        Membership m = w(() -> p.memberships().insert(new Membership(0, a.id(), o.id(), 1, LocalDate.of(2026, 3, 1),
                MembershipStatus.ACTIVE, at, null, null, null, null)));
        assertEquals(m, r(() -> p.memberships().find(m.id())).orElseThrow());
        Membership chosen = m.withPack(BenefitPack.LAPS, LocalDate.of(2026, 3, 2)).withKeyViewedAt(at.plusSeconds(60))
                .closed(MembershipStatus.CANCELLED, LocalDate.of(2026, 3, 5));
        p.transactions().writeVoid(() -> p.memberships().update(chosen));
        assertEquals(chosen, r(() -> p.memberships().findByOrder(o.id())).orElseThrow());
        assertEquals(List.of(chosen), r(() -> p.memberships().listByAccount(a.id())));
    }

    @Test
    @DisplayName("R15 R19: tickets and redemptions round-trip")
    void ticketsAndRedemptions() {
        PartnerAccount a = account();
        User u = user(a.id(), "t@example.com");
        Order o = w(() -> p.orders().insert(order(a.id(), u.id(), 1, OrderStatus.PAID)));
        Membership m = w(() -> p.memberships().insert(new Membership(0, a.id(), o.id(), 1, LocalDate.of(2026, 3, 1),
                MembershipStatus.ACTIVE, at, BenefitPack.MAPS, LocalDate.of(2026, 3, 2), null, null)));
        SupportTicket t = w(() -> p.tickets().insert(new SupportTicket(0, "", a.id(), o.id(), m.id(),
                TicketStatus.IN_PROGRESS, AWKWARD, u.id(), LocalDate.of(2026, 3, 3), "", null)));
        assertEquals(String.format("SR-%08d", t.id()), t.number());
        assertEquals(List.of(t), r(() -> p.tickets().listInProgress()));
        SupportTicket done = t.decided(TicketStatus.ACCEPTED, "CN-00000002", LocalDate.of(2026, 3, 4));
        p.transactions().writeVoid(() -> p.tickets().update(done));
        assertEquals(done, r(() -> p.tickets().find(t.id())).orElseThrow());
        assertEquals(List.of(done), r(() -> p.tickets().listByAccount(a.id())));
        assertTrue(r(() -> p.tickets().listInProgress()).isEmpty());

        Redemption x = w(() -> p.redemptions().insert(new Redemption(0, m.id(), a.id(), "MAPS-04", 1, u.id(), at, "",
                "BCDFG-HJKMP-QRTVW-XY234-6789B", LocalDate.of(2026, 3, 3))));
        assertEquals(x, r(() -> p.redemptions().find(x.id())).orElseThrow());
        assertEquals(List.of(x), r(() -> p.redemptions().listByMembership(m.id())));
    }

    @Test
    @DisplayName("R18: the database's catalog equals the source tables field by field (39 MAPS, 10 LAPS)")
    void catalogEqualsSource() {
        assertEquals(39, r(() -> p.catalog().list(BenefitPack.MAPS)).size());
        assertEquals(10, r(() -> p.catalog().list(BenefitPack.LAPS)).size());
        var fromDb = new java.util.ArrayList<>(r(() -> p.catalog().list(BenefitPack.MAPS)));
        fromDb.addAll(r(() -> p.catalog().list(BenefitPack.LAPS)));
        assertEquals(SourceCatalog.all(), fromDb);
        for (var b : SourceCatalog.all()) {
            assertEquals(b, r(() -> p.catalog().find(b.id())).orElseThrow());
        }
    }

    @Test
    @DisplayName("R21: audit entries round-trip")
    void audit() {
        AuditEntry e = w(() -> p.audit().append(new AuditEntry(0, at, 7, "zoe@example.com", "ssh key SHA256:x", "order.placed",
                "order AP-1", "", AWKWARD)));
        assertEquals(List.of(e), r(() -> p.audit().page(com.actionpack.core.audit.AuditFilter.account(7),
                com.actionpack.core.common.PageRequest.first(5))).rows());
    }
}
