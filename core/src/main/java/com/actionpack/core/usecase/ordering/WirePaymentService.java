package com.actionpack.core.usecase.ordering;

import com.actionpack.core.account.AccessPolicy;
import com.actionpack.core.account.Permission;
import com.actionpack.core.account.User;
import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.Actor;
import com.actionpack.core.common.Reason;
import com.actionpack.core.common.ReasonCode;
import com.actionpack.core.common.Transactions;
import com.actionpack.core.lifecycle.Lifecycle;
import com.actionpack.core.membership.Membership;
import com.actionpack.core.ordering.Order;
import com.actionpack.core.ordering.OrderRepository;
import com.actionpack.core.ordering.OrderStatus;
import com.actionpack.core.ordering.WireProof;
import com.actionpack.core.usecase.ActingUsers;
import com.actionpack.core.usecase.Auditor;
import com.actionpack.core.usecase.eligibility.LapseSweeper;
import com.actionpack.core.usecase.membership.TermStarter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * In-port: the life of a wire-transfer order after checkout (R8): proof of payment, funds
 * recorded by an operator (only then is the order paid and the term started), cancellation of
 * an unpaid order, expiry after 30 days.
 */
public final class WirePaymentService {

    private final Transactions tx;
    private final ActingUsers acting;
    private final AccessPolicy access;
    private final OrderRepository orders;
    private final TermStarter terms;
    private final LapseSweeper sweeper;
    private final Auditor auditor;
    private final Clock clock;

    public WirePaymentService(Transactions tx, ActingUsers acting, AccessPolicy access, OrderRepository orders,
            TermStarter terms, LapseSweeper sweeper, Auditor auditor, Clock clock) {
        this.tx = tx;
        this.acting = acting;
        this.access = access;
        this.orders = orders;
        this.terms = terms;
        this.sweeper = sweeper;
        this.auditor = auditor;
        this.clock = clock;
    }

    /** The admin attaches proof of payment to their own awaiting order. */
    public Order uploadProof(Actor actor, long orderId, WireProof proof) {
        return tx.write(() -> {
            User user = acting.user(actor);
            access.require(user, Permission.MANAGE_MEMBERSHIP);
            LocalDate today = LocalDate.now(clock);
            Order order = awaiting(orderId, user.accountId(), today);
            ActionRefusedException.throwIfAny(proofDateProblems(order, proof.paymentDate(), today));
            Order updated = order.withProof(proof);
            orders.update(updated);
            auditor.record(user, actor, "wire.proof-uploaded", "order " + order.number(),
                    order.proof().map(WireProof::transactionReference).orElse(""),
                    proof.transactionReference() + " paid " + proof.paymentDate() + " from " + proof.payingAccount());
            return updated;
        });
    }

    /**
     * R8: a transfer cannot be paid in the future, nor before the order it pays was placed. Both
     * problems are for the payment date field; the console asks this through
     * {@link #checkProofDate} before it sends the proof.
     */
    private static java.util.List<Reason> proofDateProblems(Order order, LocalDate paid, LocalDate today) {
        java.util.List<Reason> reasons = new java.util.ArrayList<>();
        if (paid.isAfter(today)) {
            reasons.add(Reason.of(ReasonCode.INVALID_INPUT, "The payment date " + paid + " is in the future.",
                    "Type the day the bank sent the transfer, today (" + today + ") at the latest."));
        }
        if (paid.isBefore(order.placedOn())) {
            reasons.add(Reason.of(ReasonCode.INVALID_INPUT, "The payment date " + paid + " is before order "
                    + order.number() + " was placed on " + order.placedOn() + ".",
                    "Type the day the bank sent the transfer for this order, " + order.placedOn() + " or later."));
        }
        return reasons;
    }

    /** Read-only: what {@link #uploadProof} would say about this payment date for this order; empty when fine. */
    public java.util.List<Reason> checkProofDate(Actor actor, long orderId, LocalDate paid) {
        return tx.read(() -> {
            User user = acting.user(actor);
            LocalDate today = LocalDate.now(clock);
            try {
                return proofDateProblems(awaiting(orderId, user.accountId(), today), paid, today);
            } catch (ActionRefusedException refused) {
                return refused.reasons();
            }
        });
    }

    /** An operator records the funds as received: the order is paid and its term starts today (R8, R11). */
    public Membership recordFundsReceived(Actor actor, long orderId) {
        return tx.write(() -> {
            User operator = acting.user(actor);
            access.require(operator, Permission.OPERATE);
            LocalDate today = LocalDate.now(clock);
            Order order = orders.find(orderId).orElseThrow(WirePaymentService::notFound);
            access.checkNotOwnAccount(operator, order.accountId(), "the wire funds").ifPresent(r -> {
                throw new ActionRefusedException(r);
            });
            Order awaiting = awaiting(orderId, order.accountId(), today);
            Order paid = awaiting.paid(today);
            orders.update(paid);
            TermStarter.TermStart start = terms.start(paid, clock.instant(), today);
            Membership started = start.started();
            auditor.recordFor(order.accountId(), operator, actor, "order.paid", "order " + paid.number(),
                    "AWAITING_PAYMENT", "PAID by wire transfer, funds recorded " + today);
            // As on the card path: a renewal names the term it supersedes; a late one says it
            // starts a new membership (R11a, R21).
            auditor.recordFor(order.accountId(), operator, actor, start.action(), "membership term " + started.term(),
                    start.renewed().map(p -> "term " + p.term() + " ACTIVE").orElse(""), start.describe());
            return started;
        });
    }

    /** The admin cancels an unpaid wire order, e.g. to pay by card instead (R8). */
    public Order cancelUnpaid(Actor actor, long orderId) {
        return tx.write(() -> {
            User user = acting.user(actor);
            access.require(user, Permission.MANAGE_MEMBERSHIP);
            LocalDate today = LocalDate.now(clock);
            Order order = awaiting(orderId, user.accountId(), today);
            Order cancelled = order.closed(OrderStatus.CANCELLED, today);
            orders.update(cancelled);
            auditor.record(user, actor, "order.cancelled", "order " + order.number(), "AWAITING_PAYMENT", "CANCELLED");
            return cancelled;
        });
    }

    /**
     * Every wire order awaiting payment, across accounts: the operator's queue; never the
     * operator's own account's, whose funds they may not record (R4a).
     */
    public List<Order> awaitingPayment(Actor actor) {
        return tx.read(() -> {
            User operator = acting.user(actor);
            access.require(operator, Permission.OPERATE);
            LocalDate today = LocalDate.now(clock);
            return orders.listAwaitingPayment().stream().filter(o -> Lifecycle.awaitingPayment(o, today))
                    .filter(o -> o.accountId() != operator.accountId()).toList();
        });
    }

    /** Expires unpaid wire orders older than 30 days; returns how many (R8). */
    public int expireOverdue() {
        return tx.write(() -> sweeper.sweepAwaitingPayments(LocalDate.now(clock)));
    }

    private Order awaiting(long orderId, long accountId, LocalDate today) {
        Order order = orders.find(orderId).filter(o -> o.accountId() == accountId).orElseThrow(WirePaymentService::notFound);
        if (!Lifecycle.awaitingPayment(order, today)) {
            String state = order.status() == OrderStatus.AWAITING_PAYMENT
                    ? "expired on " + order.wireExpiresOn() + " (the last day to pay was " + order.lastPaymentDay() + ")"
                    : "is " + order.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
            throw ActionRefusedException.of(ReasonCode.ORDER_NOT_AWAITING_PAYMENT,
                    "Order " + order.number() + " is not awaiting payment: it " + state + ".",
                    "Open Bills and payments to see its state.");
        }
        return order;
    }

    private static ActionRefusedException notFound() {
        return ActionRefusedException.of(ReasonCode.ORDER_NOT_FOUND, "There is no such order for this account.",
                "Pick the order from Bills and payments.");
    }
}
