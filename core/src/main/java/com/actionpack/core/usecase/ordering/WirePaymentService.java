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

    /**
     * Read-only "may this operator record the funds of this order now, and if not every reason
     * why" (R8, R4a): not an operator, no such order, the operator's own account's order, an
     * order no longer awaiting payment (paid, cancelled, expired). Empty when
     * {@link #recordFundsReceived} would succeed; it decides with the same method. Stores nothing.
     */
    public List<Reason> mayRecordFunds(Actor actor, long orderId) {
        return tx.read(() -> fundsProblems(acting.user(actor), orderId, LocalDate.now(clock)).reasons());
    }

    /** What {@link #fundsProblems} found: the order when there is one, and every reason to refuse. */
    private record FundsCheck(java.util.Optional<Order> order, List<Reason> reasons) {
    }

    /** Every reason recording the funds of {@code orderId} is refused, for both the query and the action. */
    private FundsCheck fundsProblems(User operator, long orderId, LocalDate today) {
        List<Reason> reasons = new java.util.ArrayList<>();
        access.check(operator, Permission.OPERATE).ifPresent(reasons::add);
        java.util.Optional<Order> order = orders.find(orderId);
        if (order.isEmpty()) {
            reasons.add(Reason.of(ReasonCode.ORDER_NOT_FOUND, "There is no such order.",
                    "Pick the order from the queue of wire orders awaiting payment."));
            return new FundsCheck(order, reasons);
        }
        access.checkNotOwnAccount(operator, order.get().accountId(), "the wire funds").ifPresent(reasons::add);
        notAwaiting(order.get(), today, "Refresh the queue (r): it lists only orders still awaiting payment.")
                .ifPresent(reasons::add);
        return new FundsCheck(order, reasons);
    }

    /** An operator records the funds as received: the order is paid and its term starts today (R8, R11). */
    public Membership recordFundsReceived(Actor actor, long orderId) {
        return tx.write(() -> {
            User operator = acting.user(actor);
            LocalDate today = LocalDate.now(clock);
            FundsCheck check = fundsProblems(operator, orderId, today);
            ActionRefusedException.throwIfAny(check.reasons());
            Order order = check.order().orElseThrow();
            Order paid = order.paid(today);
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

    /**
     * Read-only "may this admin cancel this unpaid wire order now, and why not" (R8): the role,
     * an order of their own account, still awaiting payment. Empty when {@link #cancelUnpaid}
     * would succeed; both decide with the same method. Stores nothing.
     */
    public List<Reason> mayCancelUnpaid(Actor actor, long orderId) {
        return tx.read(() -> cancelProblems(acting.user(actor), orderId, LocalDate.now(clock)));
    }

    private List<Reason> cancelProblems(User user, long orderId, LocalDate today) {
        List<Reason> reasons = new java.util.ArrayList<>();
        access.check(user, Permission.MANAGE_MEMBERSHIP).ifPresent(reasons::add);
        java.util.Optional<Order> order = orders.find(orderId).filter(o -> o.accountId() == user.accountId());
        if (order.isEmpty()) {
            reasons.add(notFound().reasons().get(0));
        } else {
            notAwaiting(order.get(), today).ifPresent(reasons::add);
        }
        return reasons;
    }

    /** The admin cancels an unpaid wire order, e.g. to pay by card instead (R8). */
    public Order cancelUnpaid(Actor actor, long orderId) {
        return tx.write(() -> {
            User user = acting.user(actor);
            LocalDate today = LocalDate.now(clock);
            ActionRefusedException.throwIfAny(cancelProblems(user, orderId, today));
            Order order = orders.find(orderId).orElseThrow();
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

    /**
     * Read-only "may this operator expire overdue wire orders now, and why not" (R8, R8a): not an
     * operator; no unpaid wire order is past its last day to pay (placed + 30), so there is
     * nothing to expire. Empty when {@link #expireOverdue} would expire at least one. Stores nothing.
     */
    public List<Reason> mayExpireOverdue(Actor actor) {
        return tx.read(() -> expiryProblems(acting.user(actor), LocalDate.now(clock)));
    }

    private List<Reason> expiryProblems(User operator, LocalDate today) {
        List<Reason> reasons = new java.util.ArrayList<>();
        access.check(operator, Permission.OPERATE).ifPresent(reasons::add);
        if (orders.listAwaitingPayment().stream().noneMatch(o -> Lifecycle.order(o, today) != o)) {
            reasons.add(Reason.of(ReasonCode.NOTHING_OVERDUE, "No unpaid wire order is past its last day to pay"
                    + " (placed + " + Order.WIRE_PAYMENT_DAYS + " days).", "There is nothing to expire today."));
        }
        return reasons;
    }

    /**
     * An operator records what time has decided: every wire order still unpaid after its last
     * day to pay is EXPIRED (R8, R8a); returns how many. Refused with every reason of
     * {@link #mayExpireOverdue}. The audit entries name the system, which decided the expiry.
     */
    public int expireOverdue(Actor actor) {
        return tx.write(() -> {
            LocalDate today = LocalDate.now(clock);
            ActionRefusedException.throwIfAny(expiryProblems(acting.user(actor), today));
            return sweeper.sweepAwaitingPayments(today);
        });
    }

    private Order awaiting(long orderId, long accountId, LocalDate today) {
        Order order = orders.find(orderId).filter(o -> o.accountId() == accountId).orElseThrow(WirePaymentService::notFound);
        notAwaiting(order, today).ifPresent(reason -> {
            throw new ActionRefusedException(reason);
        });
        return order;
    }

    /** Why {@code order} is not awaiting payment today (paid, cancelled, expired); empty when it is (R8a). */
    private static java.util.Optional<Reason> notAwaiting(Order order, LocalDate today) {
        return notAwaiting(order, today, "Open Bills and payments to see its state.");
    }

    private static java.util.Optional<Reason> notAwaiting(Order order, LocalDate today, String remedy) {
        if (Lifecycle.awaitingPayment(order, today)) {
            return java.util.Optional.empty();
        }
        String state = order.status() == OrderStatus.AWAITING_PAYMENT
                ? "expired on " + order.wireExpiresOn() + " (the last day to pay was " + order.lastPaymentDay() + ")"
                : "is " + order.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return java.util.Optional.of(Reason.of(ReasonCode.ORDER_NOT_AWAITING_PAYMENT,
                "Order " + order.number() + " is not awaiting payment: it " + state + ".",
                remedy));
    }

    private static ActionRefusedException notFound() {
        return ActionRefusedException.of(ReasonCode.ORDER_NOT_FOUND, "There is no such order for this account.",
                "Pick the order from Bills and payments.");
    }
}
