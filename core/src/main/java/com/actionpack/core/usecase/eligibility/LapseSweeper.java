package com.actionpack.core.usecase.eligibility;

import com.actionpack.core.eligibility.AccountState;
import com.actionpack.core.membership.Membership;
import com.actionpack.core.membership.MembershipRepository;
import com.actionpack.core.membership.MembershipStatus;
import com.actionpack.core.ordering.Order;
import com.actionpack.core.ordering.OrderRepository;
import com.actionpack.core.ordering.OrderStatus;
import com.actionpack.core.usecase.Auditor;
import java.time.LocalDate;

/**
 * Records what time has already decided: unpaid wire orders past 30 days expire (R8) and terms
 * past AD + 30 without renewal expire (R12). The rules never depend on this having run (they
 * read the dates); it keeps the stored statuses, and the database's guard on live orders
 * (R5), in step with them. Runs inside the caller's transaction.
 */
public final class LapseSweeper {

    private final OrderRepository orders;
    private final MembershipRepository memberships;
    private final Auditor auditor;

    public LapseSweeper(OrderRepository orders, MembershipRepository memberships, Auditor auditor) {
        this.orders = orders;
        this.memberships = memberships;
        this.auditor = auditor;
    }

    /** Sweeps one account; returns how many records it closed. */
    public int sweep(AccountState state, LocalDate today) {
        int closed = 0;
        for (Order order : state.orders()) {
            closed += expireIfDue(order, today);
        }
        for (Membership m : state.memberships()) {
            if (m.status() == MembershipStatus.ACTIVE && m.dates().hasLapsed(today)) {
                memberships.update(m.closed(MembershipStatus.EXPIRED, m.dates().renewalWindowCloses().plusDays(1)));
                auditor.recordSystem(m.accountId(), "system", "membership.expired", "membership term " + m.term(),
                        "ACTIVE", "EXPIRED");
                closed++;
            }
        }
        return closed;
    }

    /** Expires every overdue wire order across accounts (the operator's sweep). */
    public int sweepAwaitingPayments(LocalDate today) {
        int closed = 0;
        for (Order order : orders.listAwaitingPayment()) {
            closed += expireIfDue(order, today);
        }
        return closed;
    }

    private int expireIfDue(Order order, LocalDate today) {
        if (order.status() != OrderStatus.AWAITING_PAYMENT || order.isAwaitingPaymentOn(today)) {
            return 0;
        }
        orders.update(order.closed(OrderStatus.EXPIRED, order.wireExpiresOn()));
        auditor.recordSystem(order.accountId(), "system", "order.expired", "order " + order.number(),
                "AWAITING_PAYMENT", "EXPIRED");
        return 1;
    }
}
