package com.actionpack.core.eligibility;

import com.actionpack.core.common.Reason;
import com.actionpack.core.common.ReasonCode;
import java.util.ArrayList;
import java.util.List;

/**
 * The answer to "may this account order now, and why not" before any payment is chosen (R6,
 * R7): every eligibility reason that fails today, plus the agreement when it is not accepted.
 * The checkout starts from the same reasons, so the console's question and the order's refusal
 * can never disagree. {@code reasons} is never null; empty means the order may go on to payment.
 */
public record OrderCheck(List<Reason> reasons) {

    public OrderCheck {
        reasons = List.copyOf(reasons);
    }

    /** The agreement rule of R7 on top of the eligibility answer. */
    public static OrderCheck of(Eligibility eligibility, boolean agreementAccepted) {
        List<Reason> reasons = new ArrayList<>(eligibility.reasons());
        if (!agreementAccepted) {
            reasons.add(Reason.of(ReasonCode.AGREEMENT_NOT_ACCEPTED, "The agreement is not accepted.",
                    "Tick the agreement checkbox before placing the order."));
        }
        return new OrderCheck(reasons);
    }

    public boolean allowed() {
        return reasons.isEmpty();
    }
}
