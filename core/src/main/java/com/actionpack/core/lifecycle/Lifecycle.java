package com.actionpack.core.lifecycle;

import com.actionpack.core.billing.DocumentKind;
import com.actionpack.core.billing.InvoiceStatus;
import com.actionpack.core.billing.InvoiceView;
import com.actionpack.core.membership.Membership;
import com.actionpack.core.membership.MembershipStatus;
import com.actionpack.core.membership.MembershipTerm;
import com.actionpack.core.ordering.Order;
import com.actionpack.core.ordering.OrderStatus;
import java.time.LocalDate;

/**
 * R8a: the one place that decides the state of an order, of its invoice and of a membership
 * term on a given day. What is stored is what was last written; time moves on without a write
 * (an unpaid wire order is {@code EXPIRED} from placed + 31, a term not renewed is
 * {@code EXPIRED} from AD + 31), so every reader (use cases, screens, reports, filters,
 * previews) asks here with the day it shows, and nothing depends on the lapse sweep having run.
 *
 * <p>Pure functions of their arguments; never null; the day is the app clock's (R14).
 */
public final class Lifecycle {

    private Lifecycle() {
    }

    /** An order's status on {@code day}, from what is recorded and the day it was placed (R8, R8a). */
    public static OrderStatus order(OrderStatus recorded, LocalDate placedOn, LocalDate day) {
        if (recorded == OrderStatus.AWAITING_PAYMENT && day.isAfter(Order.lastPaymentDay(placedOn))) {
            return OrderStatus.EXPIRED;
        }
        return recorded;
    }

    /** The order as it stands on {@code day}: expired (closed on placed + 31) once its last payment day is past. */
    public static Order order(Order order, LocalDate day) {
        OrderStatus status = order(order.status(), order.placedOn(), day);
        return status == order.status() ? order : order.closed(status, order.wireExpiresOn());
    }

    /** True while the order may still be paid on {@code day}: placed through placed + 30 (R8a). */
    public static boolean awaitingPayment(Order order, LocalDate day) {
        return order(order.status(), order.placedOn(), day) == OrderStatus.AWAITING_PAYMENT;
    }

    /** An invoice's status on {@code day}: read from its order's status on that day (R9, R9a). */
    public static InvoiceStatus invoice(DocumentKind kind, OrderStatus recordedOrder, LocalDate orderPlacedOn,
            LocalDate day) {
        return InvoiceStatus.of(kind, order(recordedOrder, orderPlacedOn, day));
    }

    /** The view with its status as of {@code day} (an awaiting invoice turns VOID with its order, R9a). */
    public static InvoiceView invoice(InvoiceView view, LocalDate day) {
        if (view.status() != InvoiceStatus.AWAITING_PAYMENT) {
            return view;
        }
        InvoiceStatus status = invoice(view.invoice().kind(), OrderStatus.AWAITING_PAYMENT, view.orderPlacedOn(), day);
        return status == view.status() ? view : new InvoiceView(view.invoice(), status, view.orderPlacedOn(), view.agreement(),
                view.orderPaidOn());
    }

    /** A term's status on {@code day}: an ACTIVE term is EXPIRED from AD + 31 (R12, R8a). */
    public static MembershipStatus membership(MembershipStatus recorded, LocalDate startDate, LocalDate day) {
        if (recorded == MembershipStatus.ACTIVE && new MembershipTerm(startDate).hasLapsed(day)) {
            return MembershipStatus.EXPIRED;
        }
        return recorded;
    }

    /** The term as it stands on {@code day}: expired (closed on AD + 31) once its window has closed. */
    public static Membership membership(Membership m, LocalDate day) {
        MembershipStatus status = membership(m.status(), m.startDate(), day);
        return status == m.status() ? m : m.closed(status, m.dates().renewalWindowCloses().plusDays(1));
    }

    /**
     * The term is the account's current one on {@code day}: ACTIVE on that day and already
     * started (a term dated after the day shown is never current, R14a).
     */
    public static boolean current(Membership m, LocalDate day) {
        return !m.startDate().isAfter(day) && membership(m.status(), m.startDate(), day) == MembershipStatus.ACTIVE;
    }

    /**
     * R12a: the term's benefits may be seen and used on {@code day}: it is current, or it was
     * renewed inside its window and its own benefits end date (AD + 30) is not yet past.
     */
    public static boolean benefitsUsable(Membership m, LocalDate day) {
        if (current(m, day)) {
            return true;
        }
        return m.status() == MembershipStatus.RENEWED && !m.startDate().isAfter(day)
                && !day.isAfter(m.dates().benefitsEndDate());
    }
}
