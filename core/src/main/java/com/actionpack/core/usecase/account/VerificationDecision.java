package com.actionpack.core.usecase.account;

import com.actionpack.core.account.VerificationStatus;
import com.actionpack.core.common.ActionRefusedException;
import com.actionpack.core.common.ReasonCode;
import com.actionpack.core.common.Require;
import java.util.Objects;

/**
 * Command: an operator's verification decision on an account (R2). The decision is VERIFIED or
 * REJECTED (PENDING is refused with INVALID_INPUT); a rejection needs a reason, a verification
 * takes an optional note (never null once built).
 */
public record VerificationDecision(long accountId, VerificationStatus decision, String note) {

    public VerificationDecision {
        Objects.requireNonNull(decision, "decision");
        if (decision == VerificationStatus.PENDING) {
            throw ActionRefusedException.of(ReasonCode.INVALID_INPUT, "A decision is VERIFIED or REJECTED.", "");
        }
        note = decision == VerificationStatus.REJECTED ? Require.text(note, "rejection reason")
                : Require.optionalText(note);
    }
}
