package com.actionpack.core.cancellation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A cancellation request raised as a support ticket (R15).
 *
 * @param decisionNote why it was refused, or the credit note number when accepted
 */
public record SupportTicket(
        long id,
        String number,
        long accountId,
        long orderId,
        long membershipId,
        TicketStatus status,
        String requestText,
        long openedByUserId,
        LocalDate openedOn,
        String decisionNote,
        LocalDate decidedOn) {

    public SupportTicket {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(openedOn, "openedOn");
        requestText = requestText == null ? "" : requestText;
        decisionNote = decisionNote == null ? "" : decisionNote;
    }

    public SupportTicket withId(long newId, String newNumber) {
        return new SupportTicket(newId, newNumber, accountId, orderId, membershipId, status, requestText,
                openedByUserId, openedOn, decisionNote, decidedOn);
    }

    public SupportTicket decided(TicketStatus newStatus, String note, LocalDate day) {
        return new SupportTicket(id, number, accountId, orderId, membershipId, newStatus, requestText,
                openedByUserId, openedOn, note, day);
    }
}
