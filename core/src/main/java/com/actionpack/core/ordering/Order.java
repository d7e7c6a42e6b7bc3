package com.actionpack.core.ordering;

import com.actionpack.core.common.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An Action Pack order. Only brand and last four digits of a card are ever held (R8).
 *
 * @param term the membership term this order buys, 1 for the first purchase, counting up;
 *     at most one live order per account and term is a database constraint (R5)
 * @param renewsMembershipId the membership a RENEWAL order extends, else 0
 * @param paidOn the day payment was recorded (card: the order day; wire: funds received), or null
 * @param closedOn the day the order was cancelled, expired or refunded, or null
 */
public record Order(
        long id,
        String number,
        long accountId,
        int term,
        OrderKind kind,
        long renewsMembershipId,
        Instant placedAt,
        LocalDate placedOn,
        long placedByUserId,
        PaymentMethod paymentMethod,
        OrderStatus status,
        Money net,
        int taxBasisPoints,
        Money tax,
        Money total,
        String cardBrand,
        String cardLast4,
        WireProof wireProof,
        LocalDate paidOn,
        LocalDate closedOn) {

    /**
     * An unpaid wire order may be paid through placed + this many days, and is EXPIRED from the
     * day after (R8a: "within 30 days" counts the event's day plus 30, inclusive).
     */
    public static final int WIRE_PAYMENT_DAYS = 30;

    public Order {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(placedAt, "placedAt");
        Objects.requireNonNull(placedOn, "placedOn");
        Objects.requireNonNull(paymentMethod, "paymentMethod");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(total, "total");
    }

    /** The last day a wire order placed on {@code placedOn} may be paid: placed + 30 (R8a). */
    public static LocalDate lastPaymentDay(LocalDate placedOn) {
        return placedOn.plusDays(WIRE_PAYMENT_DAYS);
    }

    /** The last day this order may be paid: placed + 30 (R8a). */
    public LocalDate lastPaymentDay() {
        return lastPaymentDay(placedOn);
    }

    /**
     * The day an unpaid wire order is EXPIRED: placed + 31 (R8a). Whether it is, on a given
     * day, is decided by {@code lifecycle.Lifecycle}, never here.
     */
    public LocalDate wireExpiresOn() {
        return lastPaymentDay().plusDays(1);
    }

    public Optional<WireProof> proof() {
        return Optional.ofNullable(wireProof);
    }

    public Optional<LocalDate> paid() {
        return Optional.ofNullable(paidOn);
    }

    public Order withId(long newId, String newNumber) {
        return new Order(newId, newNumber, accountId, term, kind, renewsMembershipId, placedAt, placedOn,
                placedByUserId, paymentMethod, status, net, taxBasisPoints, tax, total, cardBrand, cardLast4,
                wireProof, paidOn, closedOn);
    }

    public Order paid(LocalDate day) {
        return new Order(id, number, accountId, term, kind, renewsMembershipId, placedAt, placedOn,
                placedByUserId, paymentMethod, OrderStatus.PAID, net, taxBasisPoints, tax, total, cardBrand,
                cardLast4, wireProof, day, closedOn);
    }

    public Order closed(OrderStatus newStatus, LocalDate day) {
        return new Order(id, number, accountId, term, kind, renewsMembershipId, placedAt, placedOn,
                placedByUserId, paymentMethod, newStatus, net, taxBasisPoints, tax, total, cardBrand,
                cardLast4, wireProof, paidOn, day);
    }

    public Order withProof(WireProof proof) {
        return new Order(id, number, accountId, term, kind, renewsMembershipId, placedAt, placedOn,
                placedByUserId, paymentMethod, status, net, taxBasisPoints, tax, total, cardBrand, cardLast4,
                proof, paidOn, closedOn);
    }
}
