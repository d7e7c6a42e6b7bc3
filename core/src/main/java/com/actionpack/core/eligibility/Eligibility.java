package com.actionpack.core.eligibility;

import com.actionpack.core.common.Reason;
import com.actionpack.core.membership.Membership;
import java.util.List;
import java.util.Optional;

/**
 * The offer card's answer (R6): Buy now, Renew, or disabled with every reason that fails.
 *
 * @param current the membership term current today, if any, for its dates (R11, R12)
 */
public record Eligibility(OfferMode mode, List<Reason> reasons, Optional<Membership> current) {

    public Eligibility {
        reasons = List.copyOf(reasons);
    }

    public boolean enabled() {
        return reasons.isEmpty();
    }
}
