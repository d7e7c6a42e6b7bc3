package com.actionpack.core.eligibility;

import com.actionpack.core.account.PartnerAccount;
import com.actionpack.core.cancellation.SupportTicket;
import com.actionpack.core.cancellation.TicketStatus;
import com.actionpack.core.lifecycle.Lifecycle;
import com.actionpack.core.membership.Membership;
import com.actionpack.core.ordering.Order;
import com.actionpack.core.ordering.OrderStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything the membership rules look at for one account, read in one transaction. The
 * questions it answers are pure functions of its data and a date, so rules are testable on
 * any day (R14).
 */
public record AccountState(
        PartnerAccount account, List<Order> orders, List<Membership> memberships, List<SupportTicket> tickets) {

    public AccountState {
        orders = List.copyOf(orders);
        memberships = List.copyOf(memberships);
        tickets = List.copyOf(tickets);
    }

    /** The term that is ACTIVE and not past AD + 30 on {@code today} (R11, R12, R8a). */
    public Optional<Membership> currentMembership(LocalDate today) {
        return memberships.stream().filter(m -> Lifecycle.current(m, today)).findFirst();
    }

    /**
     * R12a: the terms whose benefits may be seen and used on {@code today}, newest first: the
     * current term and, during the window after a renewal, the term it renewed.
     */
    public List<Membership> termsWithUsableBenefits(LocalDate today) {
        return memberships.stream().filter(m -> Lifecycle.benefitsUsable(m, today)).toList();
    }

    /** A wire order still awaiting payment on {@code today}: through placed + 30 (R8a). */
    public Optional<Order> awaitingWireOrder(LocalDate today) {
        return orders.stream().filter(o -> Lifecycle.awaitingPayment(o, today)).findFirst();
    }

    public Optional<SupportTicket> cancellationInProgress() {
        return tickets.stream().filter(t -> t.status() == TicketStatus.IN_PROGRESS).findFirst();
    }

    /** The term a new order buys: one past the highest term of any order that was not voided. */
    public int nextTerm() {
        return orders.stream()
                .filter(o -> o.status() != OrderStatus.CANCELLED && o.status() != OrderStatus.EXPIRED)
                .mapToInt(Order::term).max().orElse(0) + 1;
    }
}
