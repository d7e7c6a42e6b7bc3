package com.actionpack.core.membership;

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
}
