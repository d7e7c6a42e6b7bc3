package com.actionpack.core.benefits;

import java.util.List;
import java.util.Optional;

/** Out-port: redemptions, append-only (R19, R21). */
public interface RedemptionRepository {

    Redemption insert(Redemption redemption);

    Optional<Redemption> find(long redemptionId);

    /** A term's redemptions in the order they were made. */
    List<Redemption> listByMembership(long membershipId);

    /** R13a: records a later actual activation of an Office redemption; at most one per redemption. */
    void recordActivation(OfficeActivation activation);

    /** R13a: the later actual activation recorded for a redemption, if any. */
    Optional<OfficeActivation> findActivation(long redemptionId);
}
