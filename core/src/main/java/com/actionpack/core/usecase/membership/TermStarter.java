package com.actionpack.core.usecase.membership;

import com.actionpack.core.membership.Membership;
import com.actionpack.core.membership.MembershipRepository;
import com.actionpack.core.membership.MembershipStatus;
import com.actionpack.core.ordering.Order;
import com.actionpack.core.ordering.OrderKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Starts the membership term an order pays for (R11): a renewal supersedes the term it renews;
 * benefits provision within 24 hours (R16).
 */
public final class TermStarter {

    /** Benefits take up to 24 hours to provision (R16). */
    public static final Duration PROVISIONING_TIME = Duration.ofHours(24);

    private final MembershipRepository memberships;

    public TermStarter(MembershipRepository memberships) {
        this.memberships = memberships;
    }

    /** The term a renewal order supersedes, while it is still ACTIVE; empty for a new enrollment. */
    public Optional<Membership> superseded(Order paid) {
        if (paid.kind() != OrderKind.RENEWAL) {
            return Optional.empty();
        }
        return memberships.find(paid.renewsMembershipId()).filter(previous -> previous.status() == MembershipStatus.ACTIVE);
    }

    public Membership start(Order paid, Instant now, LocalDate today) {
        superseded(paid).ifPresent(previous -> memberships.update(previous.closed(MembershipStatus.RENEWED, today)));
        return memberships.insert(new Membership(0, paid.accountId(), paid.id(), paid.term(), today,
                MembershipStatus.ACTIVE, now.plus(PROVISIONING_TIME), null, null, null, null));
    }
}
