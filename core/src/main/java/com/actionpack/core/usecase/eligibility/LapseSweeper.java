package com.actionpack.core.usecase.eligibility;

import com.actionpack.core.eligibility.AccountState;
import com.actionpack.core.lifecycle.Lifecycle;
import com.actionpack.core.membership.Membership;
import com.actionpack.core.membership.MembershipRepository;
import com.actionpack.core.ordering.Order;
import com.actionpack.core.ordering.OrderRepository;
import com.actionpack.core.usecase.Auditor;
import java.time.LocalDate;

/**
 * Records what time has already decided ({@link Lifecycle}): unpaid wire orders are EXPIRED
 * from placed + 31 and terms not renewed from AD + 31 (R8a, R12). No reader depends on this
 * having run (they ask {@link Lifecycle} with their day); it keeps the stored statuses, and
 * the database's guard on live orders (R5), in step with them. Runs inside the caller's transaction.
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
            Membership asOfToday = Lifecycle.membership(m, today);
            if (asOfToday != m) {
                memberships.update(asOfToday);
                auditor.recordSystem(m.accountId(), "system", "membership.expired", "membership term " + m.term(),
                        m.status().name(), asOfToday.status() + " as of " + asOfToday.closedOn());
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
        Order asOfToday = Lifecycle.order(order, today);
        if (asOfToday == order) {
            return 0;
        }
        orders.update(asOfToday);
        auditor.recordSystem(order.accountId(), "system", "order.expired", "order " + order.number(),
                order.status().name(), asOfToday.status() + " as of " + asOfToday.closedOn());
        return 1;
    }
}
