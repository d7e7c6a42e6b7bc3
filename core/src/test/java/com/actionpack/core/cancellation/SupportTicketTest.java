package com.actionpack.core.cancellation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SupportTicketTest {

    @Test
    @DisplayName("R15: a ticket's request and decision texts are never null; given texts are kept")
    void textsNeverNull() {
        LocalDate day = LocalDate.of(2026, 5, 1);
        SupportTicket blank = new SupportTicket(1, "SR-1", 1, 2, 3, TicketStatus.IN_PROGRESS, null, 7, day, null, null);
        assertEquals("", blank.requestText());
        assertEquals("", blank.decisionNote());
        SupportTicket given = new SupportTicket(1, "SR-1", 1, 2, 3, TicketStatus.REFUSED, "refund please", 7, day,
                "too late", day);
        assertEquals("refund please", given.requestText());
        assertEquals("too late", given.decisionNote());
    }
}
