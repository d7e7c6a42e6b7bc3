package com.actionpack.core.eligibility;

import com.actionpack.core.account.AccessPolicy;
import com.actionpack.core.account.Permission;
import com.actionpack.core.account.User;
import com.actionpack.core.benefits.Redemption;
import com.actionpack.core.common.Reason;
import com.actionpack.core.common.ReasonCode;
import com.actionpack.core.membership.Membership;
import com.actionpack.core.membership.MembershipTerm;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * R15: cancellation only within 30 days of the purchase, and only while no benefit of it was
 * redeemed and no product key of it was viewed. Lists every failing condition.
 */
public final class CancellationRules {

    private final AccessPolicy access;

    public CancellationRules(AccessPolicy access) {
        this.access = access;
    }

    public CancellationCheck evaluate(AccountState state, User user, List<Redemption> redemptionsOfCurrent, LocalDate today) {
        List<Reason> reasons = new ArrayList<>();
        access.check(user, Permission.MANAGE_MEMBERSHIP).ifPresent(reasons::add);
        Optional<Membership> current = state.currentMembership(today);
        if (current.isEmpty()) {
            reasons.add(Reason.of(ReasonCode.NO_MEMBERSHIP, "There is no paid Action Pack to cancel.",
                    "An unpaid wire order is cancelled from Bills and payments instead."));
            return new CancellationCheck(reasons, Optional.empty());
        }
        Membership membership = current.get();
        LocalDate lastDay = membership.dates().lastCancellationDay();
        if (!membership.dates().isWithinCancellationPeriod(today)) {
            reasons.add(Reason.of(ReasonCode.CANCELLATION_WINDOW_CLOSED,
                    "The purchase of " + membership.startDate() + " is more than " + MembershipTerm.CANCELLATION_DAYS
                            + " days old (the last day was " + lastDay + ").",
                    "Cancellation with a refund is only possible within " + MembershipTerm.CANCELLATION_DAYS
                            + " days of purchase."));
        }
        if (!redemptionsOfCurrent.isEmpty()) {
            reasons.add(Reason.of(ReasonCode.BENEFIT_ALREADY_REDEEMED,
                    "A benefit of this purchase was redeemed on " + redemptionsOfCurrent.get(0).activatedOn() + ".",
                    "A purchase whose benefits were used cannot be refunded."));
        }
        if (membership.productKeyViewed()) {
            reasons.add(Reason.of(ReasonCode.PRODUCT_KEY_VIEWED,
                    "A product key of this purchase was viewed.",
                    "A purchase whose product keys were shown cannot be refunded."));
        }
        state.cancellationInProgress().ifPresent(ticket -> reasons.add(Reason.of(ReasonCode.CANCELLATION_IN_PROGRESS,
                "Cancellation " + ticket.number() + " is already in progress.", "Wait for support to process it.")));
        return new CancellationCheck(reasons, Optional.of(lastDay));
    }
}
