package com.actionpack.core.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.actionpack.core.account.Role;
import com.actionpack.core.account.Setup;
import com.actionpack.core.account.VerificationStatus;
import com.actionpack.core.cancellation.SupportTicket;
import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.Money;
import com.actionpack.core.common.Reason;
import com.actionpack.core.common.ReasonCode;
import com.actionpack.core.membership.Membership;
import com.actionpack.core.offer.CountryOffer;
import com.actionpack.core.ordering.Order;
import com.actionpack.core.ordering.OrderStatus;
import com.actionpack.core.testing.CoreFixture;
import com.actionpack.core.usecase.account.VerificationDecision;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every action of the operator's back office has a read-only "may I, and if not every reason
 * why" query, and the action refuses with exactly the same reasons (one method decides both):
 * record wire funds (R8), expire overdue wire orders (R8, R8a), decide a verification (R2),
 * refund a cancellation ticket (R15), provision benefits now (R16), edit prices (R10); never for
 * the operator's own account (R4a).
 */
class OperatorMayITest {

    private final CoreFixture world = new CoreFixture(LocalDate.of(2026, 3, 10));
    private final Actor operator = world.operator();

    private static List<ReasonCode> codes(List<Reason> reasons) {
        return reasons.stream().map(Reason::code).toList();
    }

    /**
     * The query's reasons, checked to be exactly the ones the action refuses with, and that the
     * query stored nothing (the audit trail is unchanged).
     */
    private List<ReasonCode> refusedBoth(Supplier<List<Reason>> mayI, Runnable action) {
        int audited = world.store.auditEntries().size();
        List<Reason> asked = mayI.get();
        assertEquals(audited, world.store.auditEntries().size(), "a may-I query stores nothing");
        ActionRefusedException refused = assertThrows(ActionRefusedException.class, action::run);
        assertEquals(asked, refused.reasons(), "the action refuses with the query's reasons");
        return codes(asked);
    }

    /** A partner Global admin made operator by an older version: the only way an operator has a partner account (R4a). */
    private Actor legacyOperator(Setup setup) {
        world.store.users.update(setup.globalAdmin().withRoles(EnumSet.of(Role.GLOBAL_ADMIN, Role.OPERATOR)));
        return Actor.console(setup.globalAdmin().id());
    }

    @Test
    @DisplayName("R8 R4a: recording wire funds: allowed for an order awaiting payment; refused for a partner admin, an unknown order, a paid one")
    void recordFunds() {
        Actor admin = world.readyAccount();
        Order order = world.buyByWire(admin).order();
        assertEquals(List.of(ReasonCode.MISSING_ROLE, ReasonCode.OWN_ACCOUNT), refusedBoth(
                () -> world.core.wirePayments().mayRecordFunds(admin, order.id()),
                () -> world.core.wirePayments().recordFundsReceived(admin, order.id())),
                "a partner admin: not an operator, and it is their own account's order");
        assertEquals(List.of(ReasonCode.ORDER_NOT_FOUND), refusedBoth(
                () -> world.core.wirePayments().mayRecordFunds(operator, 9_999),
                () -> world.core.wirePayments().recordFundsReceived(operator, 9_999)));
        assertEquals(List.of(), world.core.wirePayments().mayRecordFunds(operator, order.id()));
        world.core.wirePayments().recordFundsReceived(operator, order.id());
        assertEquals(List.of(ReasonCode.ORDER_NOT_AWAITING_PAYMENT), refusedBoth(
                () -> world.core.wirePayments().mayRecordFunds(operator, order.id()),
                () -> world.core.wirePayments().recordFundsReceived(operator, order.id())), "paid already");
    }

    @Test
    @DisplayName("R8a R4a: funds of an expired order (placed + 31) of the operator's own account: both reasons at once")
    void recordFundsEveryReason() {
        Setup own = world.newAccount("Legacy Ltd", "US");
        Actor legacy = legacyOperator(own);
        world.core.enrollInProgram().enroll(legacy);
        world.core.decideVerification().decide(operator, new VerificationDecision(own.account().id(),
                VerificationStatus.VERIFIED, ""));
        Order order = world.buyByWire(legacy).order();
        world.clock.advanceDays(30);
        assertEquals(List.of(ReasonCode.OWN_ACCOUNT), codes(world.core.wirePayments().mayRecordFunds(legacy, order.id())),
                "R8a: day 30 is still a day to pay");
        world.clock.advanceDays(1);
        List<Reason> reasons = world.core.wirePayments().mayRecordFunds(legacy, order.id());
        assertEquals(List.of(ReasonCode.OWN_ACCOUNT, ReasonCode.ORDER_NOT_AWAITING_PAYMENT), refusedBoth(
                () -> world.core.wirePayments().mayRecordFunds(legacy, order.id()),
                () -> world.core.wirePayments().recordFundsReceived(legacy, order.id())));
        assertTrue(reasons.get(1).message().contains("expired on " + order.wireExpiresOn()), reasons.get(1).message());
    }

    @Test
    @DisplayName("R8 R8a: expiring overdue wire orders: refused to a partner admin and while none is past placed + 30; allowed from placed + 31")
    void expireOverdue() {
        Actor admin = world.readyAccount();
        Order order = world.buyByWire(admin).order();
        assertEquals(List.of(ReasonCode.MISSING_ROLE, ReasonCode.NOTHING_OVERDUE), refusedBoth(
                () -> world.core.wirePayments().mayExpireOverdue(admin),
                () -> world.core.wirePayments().expireOverdue(admin)));
        world.clock.advanceDays(30);
        assertEquals(List.of(ReasonCode.NOTHING_OVERDUE), refusedBoth(
                () -> world.core.wirePayments().mayExpireOverdue(operator),
                () -> world.core.wirePayments().expireOverdue(operator)));
        world.clock.advanceDays(1);
        assertEquals(List.of(ReasonCode.MISSING_ROLE), refusedBoth(
                () -> world.core.wirePayments().mayExpireOverdue(admin),
                () -> world.core.wirePayments().expireOverdue(admin)));
        assertEquals(List.of(), world.core.wirePayments().mayExpireOverdue(operator));
        assertEquals(1, world.core.wirePayments().expireOverdue(operator));
        assertEquals(OrderStatus.EXPIRED, world.store.orders.find(order.id()).orElseThrow().status());
        assertEquals(List.of(ReasonCode.NOTHING_OVERDUE), codes(world.core.wirePayments().mayExpireOverdue(operator)),
                "expired once, nothing is left to expire");
    }

    @Test
    @DisplayName("R2 R4a: deciding a verification: a pending partner account only; never the operator's own, the back office, an unknown or a decided one")
    void decideVerification() {
        Setup fabrikam = world.newAccount("Fabrikam Inc", "DE");
        long id = fabrikam.account().id();
        Actor admin = Actor.console(fabrikam.globalAdmin().id());
        VerificationDecision verify = new VerificationDecision(id, VerificationStatus.VERIFIED, "");
        assertEquals(List.of(ReasonCode.MISSING_ROLE, ReasonCode.OWN_ACCOUNT), refusedBoth(
                () -> world.core.decideVerification().mayDecide(admin, id),
                () -> world.core.decideVerification().decide(admin, verify)));
        long backOffice = world.store.accounts.findBackOffice().orElseThrow().id();
        assertEquals(List.of(ReasonCode.OWN_ACCOUNT, ReasonCode.NOT_FOUND), refusedBoth(
                () -> world.core.decideVerification().mayDecide(operator, backOffice),
                () -> world.core.decideVerification().decide(operator,
                        new VerificationDecision(backOffice, VerificationStatus.VERIFIED, ""))));
        assertEquals(List.of(ReasonCode.NOT_FOUND), codes(world.core.decideVerification().mayDecide(operator, 9_999)));
        assertEquals(List.of(), world.core.decideVerification().mayDecide(operator, id));
        world.core.decideVerification().decide(operator, verify);
        Actor second = world.operator();
        assertEquals(List.of(ReasonCode.NOT_PENDING), refusedBoth(
                () -> world.core.decideVerification().mayDecide(second, id),
                () -> world.core.decideVerification().decide(second,
                        new VerificationDecision(id, VerificationStatus.REJECTED, "too late"))),
                "a second operator deciding the same account is told it is decided, not allowed to overwrite it");
    }

    @Test
    @DisplayName("R15 R4a: refunding a ticket: one in progress, not the operator's own account, no benefit used since the request")
    void refund() {
        Actor admin = world.readyAccount();
        Membership m = world.buyByCard(admin).membership().orElseThrow();
        SupportTicket ticket = world.core.cancellations().request(admin, "by mistake").ticket();
        assertEquals(List.of(ReasonCode.MISSING_ROLE, ReasonCode.OWN_ACCOUNT), refusedBoth(
                () -> world.core.cancellations().mayRefund(admin, ticket.id()),
                () -> world.core.cancellations().processRefund(admin, ticket.id())));
        // A key shown after the request (redemptions are held, but a term's flag may be set by another path).
        Membership stored = world.store.memberships.find(m.id()).orElseThrow();
        world.store.memberships.update(stored.withKeyViewedAt(world.clock.instant()));
        assertEquals(List.of(ReasonCode.PRODUCT_KEY_VIEWED), refusedBoth(
                () -> world.core.cancellations().mayRefund(operator, ticket.id()),
                () -> world.core.cancellations().processRefund(operator, ticket.id())));
        world.store.memberships.update(stored);
        assertEquals(List.of(), world.core.cancellations().mayRefund(operator, ticket.id()));
        world.core.cancellations().processRefund(operator, ticket.id());
        assertEquals(List.of(ReasonCode.NOT_FOUND), refusedBoth(
                () -> world.core.cancellations().mayRefund(operator, ticket.id()),
                () -> world.core.cancellations().processRefund(operator, ticket.id())), "refunded already");
    }

    @Test
    @DisplayName("R16: provisioning now: an operator, a known term, benefits not yet available")
    void provisionNow() {
        Actor admin = world.readyAccount();
        Membership m = world.buyByCard(admin).membership().orElseThrow();
        assertEquals(List.of(ReasonCode.MISSING_ROLE), refusedBoth(
                () -> world.core.benefits().mayProvisionNow(admin, m.id()),
                () -> world.core.benefits().provisionNow(admin, m.id())));
        assertEquals(List.of(ReasonCode.NOT_FOUND), codes(world.core.benefits().mayProvisionNow(operator, 9_999)));
        assertEquals(List.of(), world.core.benefits().mayProvisionNow(operator, m.id()));
        world.core.benefits().provisionNow(operator, m.id());
        assertEquals(List.of(ReasonCode.ALREADY_PROVISIONED), refusedBoth(
                () -> world.core.benefits().mayProvisionNow(operator, m.id()),
                () -> world.core.benefits().provisionNow(operator, m.id())));
        Membership later = world.buyByCard(world.readyAccount("Fabrikam Inc", "DE")).membership().orElseThrow();
        world.clock.advance(Duration.ofHours(24));
        assertEquals(List.of(ReasonCode.ALREADY_PROVISIONED), codes(world.core.benefits().mayProvisionNow(operator,
                later.id())), "R16: 24 hours after payment the benefits are available by themselves");
    }

    @Test
    @DisplayName("R10 R4a: editing prices: an operator only")
    void prices() {
        Actor admin = world.readyAccount();
        CountryOffer offer = new CountryOffer("FR", Money.of(45_000, "EUR"), 2_000, true, "Banque");
        assertEquals(List.of(ReasonCode.MISSING_ROLE), refusedBoth(() -> world.core.prices().mayEditPrices(admin),
                () -> world.core.prices().save(admin, offer)));
        assertEquals(List.of(), world.core.prices().mayEditPrices(operator));
        assertEquals(offer, world.core.prices().save(operator, offer));
    }
}
