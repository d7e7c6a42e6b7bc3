package com.actionpack.core.cancellation;

import java.util.List;
import java.util.Optional;

/** Out-port: support tickets. */
public interface SupportTicketRepository {

    /** Stores a new ticket, assigns its id and number, and returns it. */
    SupportTicket insert(SupportTicket ticket);

    void update(SupportTicket ticket);

    Optional<SupportTicket> find(long ticketId);

    /** The account's tickets, newest first. */
    List<SupportTicket> listByAccount(long accountId);

    /** Tickets waiting for support across accounts. */
    List<SupportTicket> listInProgress();
}
