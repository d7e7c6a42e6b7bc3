package com.actionpack.core.membership;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Out-port: membership terms. */
public interface MembershipRepository {

    /** Stores a new term and returns it with its id. */
    Membership insert(Membership membership);

    void update(Membership membership);

    Optional<Membership> find(long membershipId);

    Optional<Membership> findByOrder(long orderId);

    /** The account's terms, newest first. */
    List<Membership> listByAccount(long accountId);

    /**
     * ACTIVE terms, across accounts, whose benefits are not yet available at {@code now}
     * (benefitsAvailableAt after now), soonest first: the operator's provisioning queue (R16).
     */
    List<Membership> listProvisioning(Instant now);
}
