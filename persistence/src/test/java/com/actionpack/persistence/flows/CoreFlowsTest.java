package com.actionpack.persistence.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.benefits.BenefitPack;
import com.actionpack.core.usecase.benefits.BenefitsOverview;
import com.actionpack.core.benefits.BenefitsStatus;
import com.actionpack.core.benefits.RedeemBenefit;
import com.actionpack.core.benefits.Redemption;
import com.actionpack.core.billing.DocumentKind;
import com.actionpack.core.billing.InvoiceStatus;
import com.actionpack.core.billing.InvoiceView;
import com.actionpack.core.cancellation.CancellationOutcome;
import com.actionpack.core.cancellation.TicketStatus;
import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.Page;
import com.actionpack.core.common.PageRequest;
import com.actionpack.core.common.ReasonCode;
import com.actionpack.core.membership.Membership;
import com.actionpack.core.membership.MembershipStatus;
import com.actionpack.core.ordering.OrderKind;
import com.actionpack.core.usecase.ordering.OrderReceipt;
import com.actionpack.core.ordering.OrderStatus;
import com.actionpack.core.ordering.PaymentMethod;
import com.actionpack.core.ordering.PlaceOrder;
import com.actionpack.core.ordering.WireProof;
import com.actionpack.core.ordering.PaymentChoice;
import com.actionpack.core.testing.CoreFixture;
import com.actionpack.persistence.testing.Backend;
import com.actionpack.persistence.testing.DbWorld;
import com.actionpack.persistence.testing.OnBothBackends;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

/** Core's main journeys through {@code CoreServices} on a real database of each backend (#16), a fresh one per test. */
@OnBothBackends
class CoreFlowsTest {

    @Parameter
    Backend backend;

    private DbWorld world;

    @BeforeEach
    void open() {
        world = backend.world("flows", LocalDate.of(2026, 3, 1));
    }

    @Test
    @DisplayName("R5 R8 R9 R11: buy by card: paid order, invoice, membership; a second Buy is refused")
    void buyByCard() {
        Actor admin = world.readyAccount("Contoso Ltd", "US");
        OrderReceipt receipt = world.buyByCard(admin);

        assertEquals(OrderStatus.PAID, receipt.order().status());
        assertEquals("Visa", receipt.order().cardBrand());
        assertEquals("1111", receipt.order().cardLast4());
        assertEquals(LocalDate.of(2027, 3, 1), receipt.membership().orElseThrow().dates().endDate());
        List<InvoiceView> invoices = world.core.billing().invoices(admin, PageRequest.first(10)).rows();
        assertEquals(1, invoices.size());
        assertEquals(InvoiceStatus.PAID, invoices.get(0).status());
        assertEquals(receipt.invoice(), invoices.get(0).invoice());
        assertTrue(world.core.billing().invoiceDocument(admin, receipt.invoice().id()).contains(receipt.invoice().number()));
        ActionRefusedException again = assertThrows(ActionRefusedException.class, () -> world.buyByCard(admin));
        assertTrue(again.has(ReasonCode.RENEWAL_WINDOW_NOT_OPEN), again.getMessage());
        assertEquals(1, world.core.billing().orders(admin).size());
    }

    @Test
    @DisplayName("R8: card not offered in IN; wire order awaits payment, proof, funds recorded start the term")
    void wireAndFunds() {
        Actor operator = world.operator();
        Actor admin = world.readyAccount("Infosys Partner", "IN", operator);
        ActionRefusedException card = assertThrows(ActionRefusedException.class, () -> world.buyByCard(admin));
        assertTrue(card.has(ReasonCode.CARD_NOT_OFFERED_IN_COUNTRY), card.getMessage());

        OrderReceipt wire = world.buyByWire(admin);
        assertEquals(OrderStatus.AWAITING_PAYMENT, wire.order().status());
        assertEquals("INR", wire.order().total().currency());
        assertTrue(wire.invoice().paymentInstructions().contains(wire.order().number()));
        assertTrue(world.core.eligibility().check(admin).reasons().stream()
                .anyMatch(r -> r.code() == ReasonCode.AWAITING_WIRE_PAYMENT));

        world.core.wirePayments().uploadProof(admin, wire.order().id(),
                new WireProof(LocalDate.of(2026, 3, 1), "IN00 1234, Infosys Partner", "TX-991, \"quoted\"", "proof.pdf"));
        assertEquals(1, world.core.wirePayments().awaitingPayment(operator).size());
        world.clock.advanceDays(3);
        Membership started = world.core.wirePayments().recordFundsReceived(operator, wire.order().id());

        assertEquals(LocalDate.of(2026, 3, 4), started.startDate());
        var order = world.core.billing().orders(admin).get(0);
        assertEquals(OrderStatus.PAID, order.status());
        assertEquals("TX-991, \"quoted\"", order.proof().orElseThrow().transactionReference());
        assertEquals(InvoiceStatus.PAID, world.core.billing().invoices(admin, PageRequest.first(5)).rows().get(0).status());
        assertTrue(world.core.wirePayments().awaitingPayment(operator).isEmpty());
    }

    @Test
    @DisplayName("R8: an unpaid wire order cancelled frees the account to buy by card")
    void cancelUnpaidWire() {
        Actor admin = world.readyAccount("Fabrikam", "US");
        OrderReceipt wire = world.buyByWire(admin);
        world.core.wirePayments().cancelUnpaid(admin, wire.order().id());
        OrderReceipt card = world.buyByCard(admin);
        assertEquals(1, card.order().term());
        assertEquals(InvoiceStatus.VOID, world.core.billing().invoices(admin, PageRequest.first(5)).rows().get(1).status());
    }

    @Test
    @DisplayName("R11 R12: renewal in the window starts term 2 and closes term 1 as RENEWED")
    void renew() {
        Actor admin = world.readyAccount("Northwind", "DE");
        OrderReceipt first = world.buyByCard(admin);
        world.clock.setDate(first.membership().orElseThrow().dates().anniversaryDate().plusDays(5));

        OrderReceipt renewal = world.buyByCard(admin);

        assertEquals(OrderKind.RENEWAL, renewal.order().kind());
        assertEquals(2, renewal.order().term());
        assertEquals(first.membership().orElseThrow().id(), renewal.order().renewsMembershipId());
        List<Membership> terms = world.ports.transactions().read(() -> world.ports.memberships().listByAccount(
                renewal.order().accountId()));
        assertEquals(List.of(MembershipStatus.ACTIVE, MembershipStatus.RENEWED), terms.stream().map(Membership::status).toList());
        assertTrue(renewal.invoice().sequence() > first.invoice().sequence());
    }

    @Test
    @DisplayName("R15 R9: cancel within 30 days: ticket, refund by credit note, order REFUNDED, term CANCELLED")
    void cancelAndRefund() {
        Actor operator = world.operator();
        Actor admin = world.readyAccount("Tailspin", "GB", operator);
        OrderReceipt bought = world.buyByCard(admin);
        world.clock.advanceDays(10);

        CancellationOutcome outcome = world.core.cancellations().request(admin, "We bought it by mistake, sorry.");
        assertTrue(outcome.accepted());
        assertEquals(TicketStatus.IN_PROGRESS, outcome.ticket().status());
        assertTrue(outcome.ticket().number().startsWith("SR-"));
        assertEquals(1, world.core.cancellations().inProgress(operator).size());

        var credit = world.core.cancellations().processRefund(operator, outcome.ticket().id());

        assertEquals(DocumentKind.CREDIT_NOTE, credit.kind());
        assertEquals(bought.invoice().number(), credit.creditsInvoiceNumber());
        assertEquals(bought.invoice().total().negate(), credit.total());
        assertTrue(credit.sequence() > bought.invoice().sequence());
        Page<InvoiceView> docs = world.core.billing().invoices(admin, PageRequest.first(10));
        assertEquals(List.of(InvoiceStatus.REFUNDED, InvoiceStatus.REFUNDED), docs.rows().stream().map(InvoiceView::status).toList());
        assertEquals(OrderStatus.REFUNDED, world.core.billing().orders(admin).get(0).status());
        assertTrue(world.core.cancellations().inProgress(operator).isEmpty());
        // The account may buy again: the refunded order is no longer live (R5).
        assertEquals(OrderStatus.PAID, world.buyByCard(admin).order().status());
    }

    @Test
    @DisplayName("R16 R17 R19 R15: choose the pack once, redeem within quantity, view a key; cancellation then refused")
    void choosePackAndRedeem() {
        Actor operator = world.operator();
        Actor admin = world.readyAccount("Litware", "FR", operator);
        OrderReceipt bought = world.buyByCard(admin);
        BenefitsOverview provisioning = world.core.benefits().overview(admin);
        assertEquals(BenefitsStatus.PROVISIONING, provisioning.status());
        world.clock.advance(Duration.ofHours(25));

        assertTrue(world.core.benefits().overview(admin).choiceOffered());
        world.core.benefits().choosePack(admin, BenefitPack.MAPS);
        ActionRefusedException again = assertThrows(ActionRefusedException.class,
                () -> world.core.benefits().choosePack(admin, BenefitPack.LAPS));
        assertTrue(again.has(ReasonCode.PACK_ALREADY_CHOSEN));

        Redemption cloud = world.core.benefits().redeem(admin, new RedeemBenefit("MAPS-01", 3, "litware.onmicrosoft.com"));
        Redemption key = world.core.benefits().redeem(admin, new RedeemBenefit("MAPS-04", 1, ""));
        ActionRefusedException tooMany = assertThrows(ActionRefusedException.class,
                () -> world.core.benefits().redeem(admin, new RedeemBenefit("MAPS-01", 3, "litware.onmicrosoft.com")));
        assertTrue(tooMany.has(ReasonCode.QUANTITY_EXCEEDED));
        assertEquals("litware.onmicrosoft.com", cloud.target());
        assertFalse(key.productKey().isEmpty());
        assertEquals(key.productKey(), world.core.benefits().viewProductKey(admin, key.id()));

        BenefitsOverview overview = world.core.benefits().overview(admin);
        assertEquals(BenefitPack.MAPS, overview.pack().orElseThrow());
        assertEquals(39, overview.lines().size());
        assertEquals(2, overview.lines().get(0).left());
        assertEquals(2, overview.redemptions().size());
        assertTrue(overview.membership().orElseThrow().productKeyViewed());
        var check = world.core.cancellations().check(admin);
        assertTrue(check.reasons().stream().anyMatch(r -> r.code() == ReasonCode.BENEFIT_ALREADY_REDEEMED));
        assertTrue(check.reasons().stream().anyMatch(r -> r.code() == ReasonCode.PRODUCT_KEY_VIEWED));
        assertEquals(bought.order().id(), overview.membership().orElseThrow().orderId());
    }

    @Test
    @DisplayName("R21: every change is in the audit trail, newest first, searchable")
    void auditTrail() {
        Actor admin = world.readyAccount("Adatum", "US");
        world.buyByCard(admin);
        var page = world.core.audit().page(admin, "", PageRequest.first(50));
        List<String> actions = page.rows().stream().map(e -> e.action()).toList();
        assertTrue(actions.containsAll(List.of("account.created", "program.enrolled", "verification.decided",
                "order.placed", "order.paid", "membership.started")), actions.toString());
        assertEquals("membership.started", actions.get(0));
        var orders = world.core.audit().page(admin, "ORDER.P", PageRequest.first(50));
        assertEquals(List.of("order.paid", "order.placed"), orders.rows().stream().map(e -> e.action()).toList());
    }

    @Test
    @DisplayName("R7: an unaccepted agreement places nothing and leaves no trace (one transaction per action)")
    void refusedOrderLeavesNoTrace() {
        Actor admin = world.readyAccount("Wingtip", "US");
        int before = world.core.audit().page(admin, "", PageRequest.first(100)).rows().size();
        long lastNumber = lastDocumentNumber();
        assertThrows(ActionRefusedException.class,
                () -> world.core.purchases().placeOrder(admin, new PlaceOrder(false, CoreFixture.card())));
        assertTrue(world.core.billing().orders(admin).isEmpty());
        assertEquals(before, world.core.audit().page(admin, "", PageRequest.first(100)).rows().size());
        assertEquals(PaymentMethod.CREDIT_CARD, world.core.purchases().quote(admin).methods().get(0));
        // The refused attempt took no document number: the next invoice follows the last one issued.
        assertEquals(1, lastNumber + 1);
        assertEquals(lastNumber + 1, world.core.purchases().placeOrder(admin, new PlaceOrder(true, new PaymentChoice.Wire()))
                .invoice().sequence());
    }

    private long lastDocumentNumber() {
        var invoices = com.actionpack.persistence.jooq.Tables.INVOICES;
        return world.db.transactions().read(() -> world.db.transactions().dsl()
                .select(org.jooq.impl.DSL.coalesce(org.jooq.impl.DSL.max(invoices.SEQUENCE_NO), 0L)).from(invoices)
                .fetchSingle().value1());
    }
}
