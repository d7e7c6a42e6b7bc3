package com.actionpack.core.eligibility;

import com.actionpack.core.common.Reason;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Whether the current purchase may be cancelled for a refund, and every reason it may not (R15).
 *
 * @param lastDay the last day a request is accepted, when there is a purchase to cancel
 */
public record CancellationCheck(List<Reason> reasons, Optional<LocalDate> lastDay) {

    public CancellationCheck {
        reasons = List.copyOf(reasons);
    }

    public boolean allowed() {
        return reasons.isEmpty();
    }
}
