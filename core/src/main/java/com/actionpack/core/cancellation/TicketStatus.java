package com.actionpack.core.cancellation;

/** The state of a cancellation support ticket (R15). */
public enum TicketStatus {
    /** Requested within the rules; support has not yet processed the refund. */
    IN_PROGRESS,
    ACCEPTED,
    REFUSED
}
