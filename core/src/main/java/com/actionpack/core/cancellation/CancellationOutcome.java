package com.actionpack.core.cancellation;

import com.actionpack.core.common.Reason;
import java.util.List;

/** The ticket a cancellation request opened and, when refused, every condition that failed (R15). */
public record CancellationOutcome(SupportTicket ticket, List<Reason> refusedBecause) {

    public CancellationOutcome {
        refusedBecause = List.copyOf(refusedBecause);
    }

    public boolean accepted() {
        return refusedBecause.isEmpty();
    }
}
