package com.actionpack.core.usecase.eligibility;

import com.actionpack.core.account.PartnerAccount;
import com.actionpack.core.cancellation.SupportTicketRepository;
import com.actionpack.core.eligibility.AccountState;
import com.actionpack.core.membership.MembershipRepository;
import com.actionpack.core.ordering.OrderRepository;

/** Reads an {@link AccountState}; call it inside the use case's transaction. */
public final class AccountStates {

    private final OrderRepository orders;
    private final MembershipRepository memberships;
    private final SupportTicketRepository tickets;

    public AccountStates(OrderRepository orders, MembershipRepository memberships, SupportTicketRepository tickets) {
        this.orders = orders;
        this.memberships = memberships;
        this.tickets = tickets;
    }

    public AccountState load(PartnerAccount account) {
        return new AccountState(account, orders.listByAccount(account.id()),
                memberships.listByAccount(account.id()), tickets.listByAccount(account.id()));
    }
}
