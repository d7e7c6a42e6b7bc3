package com.actionpack.core.ordering;

import com.actionpack.core.common.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An Action Pack order. Only brand and last four digits of a card are ever held (R8).
 *
 * <p>Its fields are grouped by what changes together: the {@link Placement} (who ordered which
 * term, when), the {@link Charge} and the {@link Payment} method are fixed once the order is
 * placed; only its {@link Progress} (status, wire proof, paid and closed days) moves on, and
 * the store gives it an id and number once. Each change below replaces the one part it changes.
 * The flat accessors ({@link #total()}, {@link #status()}, ...) read through to the parts.
 *
 * @param id the store's id, 0 before the order is inserted
 * @param number the order number quoted to people ({@code AP-00000020}), "" before insertion
 */
public record Order(long id, String number, Placement placement, Charge charge, Payment payment, Progress progress) {

    /**
     * An unpaid wire order may be paid through placed + this many days, and is EXPIRED from the
     * day after (R8a: "within 30 days" counts the event's day plus 30, inclusive).
     */
    public static final int WIRE_PAYMENT_DAYS = 30;

    /**
     * Who ordered which membership term, and when; never changes.
     *
     * @param term the membership term this order buys, 1 for the first purchase, counting up;
     *     at most one live order per account and term is a database constraint (R5)
     * @param renewsMembershipId the membership a RENEWAL order extends, else 0
     */
    public record Placement(long accountId, int term, OrderKind kind, long renewsMembershipId, Instant placedAt,
            LocalDate placedOn, long placedByUserId) {
        public Placement {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(placedAt, "placedAt");
            Objects.requireNonNull(placedOn, "placedOn");
        }
    }

    /** The price fixed when the order was placed (R9): net, the tax rate in basis points, tax and total. */
    public record Charge(Money net, int taxBasisPoints, Money tax, Money total) {
        public Charge {
            Objects.requireNonNull(total, "total");
        }
    }

    /**
     * How the order is paid (R8): the method, and for a card its brand and last four digits
     * (both null for a wire transfer).
     */
    public record Payment(PaymentMethod method, String cardBrand, String cardLast4) {
        public Payment {
            Objects.requireNonNull(method, "method");
        }
    }

    /**
     * Where the order stands: the only part that changes after placing.
     *
     * @param wireProof the proof of a wire transfer the admin recorded, or null
     * @param paidOn the day payment was recorded (card: the order day; wire: funds received), or null
     * @param closedOn the day the order was cancelled, expired or refunded, or null
     */
    public record Progress(OrderStatus status, WireProof wireProof, LocalDate paidOn, LocalDate closedOn) {
        public Progress {
            Objects.requireNonNull(status, "status");
        }

        /** A new order's progress: the given status, nothing recorded yet. */
        public static Progress of(OrderStatus status) {
            return new Progress(status, null, null, null);
        }
    }

    public Order {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(charge, "charge");
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(progress, "progress");
    }

    /** The last day a wire order placed on {@code placedOn} may be paid: placed + 30 (R8a). */
    public static LocalDate lastPaymentDay(LocalDate placedOn) {
        return placedOn.plusDays(WIRE_PAYMENT_DAYS);
    }

    /** The last day this order may be paid: placed + 30 (R8a). */
    public LocalDate lastPaymentDay() {
        return lastPaymentDay(placedOn());
    }

    /**
     * The day an unpaid wire order is EXPIRED: placed + 31 (R8a). Whether it is, on a given
     * day, is decided by {@code lifecycle.Lifecycle}, never here.
     */
    public LocalDate wireExpiresOn() {
        return lastPaymentDay().plusDays(1);
    }

    public Optional<WireProof> proof() {
        return Optional.ofNullable(wireProof());
    }

    public Optional<LocalDate> paid() {
        return Optional.ofNullable(paidOn());
    }

    /** As stored: the id and number the store gave it. */
    public Order withId(long newId, String newNumber) {
        return new Order(newId, newNumber, placement, charge, payment, progress);
    }

    public Order paid(LocalDate day) {
        return with(new Progress(OrderStatus.PAID, progress.wireProof(), day, progress.closedOn()));
    }

    public Order closed(OrderStatus newStatus, LocalDate day) {
        return with(new Progress(newStatus, progress.wireProof(), progress.paidOn(), day));
    }

    public Order withProof(WireProof proof) {
        return with(new Progress(progress.status(), proof, progress.paidOn(), progress.closedOn()));
    }

    private Order with(Progress newProgress) {
        return new Order(id, number, placement, charge, payment, newProgress);
    }

    // The flat view every reader uses, read through to the part that holds it.

    public long accountId() {
        return placement.accountId();
    }

    public int term() {
        return placement.term();
    }

    public OrderKind kind() {
        return placement.kind();
    }

    public long renewsMembershipId() {
        return placement.renewsMembershipId();
    }

    public Instant placedAt() {
        return placement.placedAt();
    }

    public LocalDate placedOn() {
        return placement.placedOn();
    }

    public long placedByUserId() {
        return placement.placedByUserId();
    }

    public Money net() {
        return charge.net();
    }

    public int taxBasisPoints() {
        return charge.taxBasisPoints();
    }

    public Money tax() {
        return charge.tax();
    }

    public Money total() {
        return charge.total();
    }

    public PaymentMethod paymentMethod() {
        return payment.method();
    }

    public String cardBrand() {
        return payment.cardBrand();
    }

    public String cardLast4() {
        return payment.cardLast4();
    }

    public OrderStatus status() {
        return progress.status();
    }

    public WireProof wireProof() {
        return progress.wireProof();
    }

    public LocalDate paidOn() {
        return progress.paidOn();
    }

    public LocalDate closedOn() {
        return progress.closedOn();
    }
}
