package com.actionpack.core.eligibility;

import com.actionpack.core.account.AccessPolicy;
import com.actionpack.core.account.Permission;
import com.actionpack.core.account.PartnerAccount;
import com.actionpack.core.account.User;
import com.actionpack.core.account.VerificationStatus;
import com.actionpack.core.common.Reason;
import com.actionpack.core.common.ReasonCode;
import com.actionpack.core.membership.Membership;
import com.actionpack.core.membership.MembershipTerm;
import com.actionpack.core.ordering.Order;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether Buy now or Renew is enabled and lists every failing reason with what to do
 * (R2, R3, R4, R5, R6, R8, R11, R15). A pure function: no repository, no clock of its own.
 */
public final class EligibilityRules {

    private final AccessPolicy access;

    public EligibilityRules(AccessPolicy access) {
        this.access = access;
    }

    public Eligibility evaluate(AccountState state, User user, LocalDate today) {
        PartnerAccount account = state.account();
        List<Reason> reasons = new ArrayList<>();
        if (!account.isEnrolled()) {
            reasons.add(Reason.of(ReasonCode.NOT_ENROLLED,
                    "Your account has not joined the AI Cloud Partner Program.",
                    "Join it from Account and users > Enroll, then come back."));
        }
        if (account.verification() != VerificationStatus.VERIFIED) {
            reasons.add(notVerified(account));
        }
        access.check(user, Permission.MANAGE_MEMBERSHIP).ifPresent(reasons::add);

        Optional<Membership> current = state.currentMembership(today);
        OfferMode mode = current.isPresent() ? OfferMode.RENEW : OfferMode.BUY_NOW;
        current.ifPresent(m -> {
            MembershipTerm dates = m.dates();
            if (!dates.isRenewalWindowOpen(today)) {
                reasons.add(Reason.of(ReasonCode.RENEWAL_WINDOW_NOT_OPEN,
                        "You already hold an Action Pack (one per account) until " + dates.endDate() + ".",
                        "Renewal opens on " + dates.renewalWindowOpens() + " and closes on "
                                + dates.renewalWindowCloses() + "."));
            }
        });
        state.awaitingWireOrder(today).ifPresent(order -> reasons.add(awaitingPayment(order)));
        state.cancellationInProgress().ifPresent(ticket -> reasons.add(Reason.of(ReasonCode.CANCELLATION_IN_PROGRESS,
                "Cancellation " + ticket.number() + " is in progress.",
                "Wait for support to process it; you can buy again once it is refunded.")));
        return new Eligibility(mode, reasons, current);
    }

    private static Reason notVerified(PartnerAccount account) {
        if (account.verification() == VerificationStatus.REJECTED) {
            String note = account.verificationNote().isEmpty() ? "" : " (" + account.verificationNote() + ")";
            return Reason.of(ReasonCode.NOT_VERIFIED,
                    "Your account's legal profile was rejected in verification" + note + ".",
                    "Fix the profile and appeal with a comment and a supporting document in Account and users.");
        }
        return Reason.of(ReasonCode.NOT_VERIFIED,
                "Your account's legal profile is waiting for verification.",
                "Wait for the verification decision; check the legal name, address and primary contact are right.");
    }

    private static Reason awaitingPayment(Order order) {
        return Reason.of(ReasonCode.AWAITING_WIRE_PAYMENT,
                "Order " + order.number() + " is awaiting wire payment of " + order.total().format()
                        + " (the last day to pay is " + order.lastPaymentDay() + ").",
                "Pay it by wire transfer, or cancel it in Bills and payments to order again.");
    }
}
