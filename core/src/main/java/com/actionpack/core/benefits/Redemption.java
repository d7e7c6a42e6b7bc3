package com.actionpack.core.benefits;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A use of part or all of a benefit's quantity (R19): who redeemed what and when.
 *
 * @param target the tenant or user a cloud benefit was activated for ("" for on-premises)
 * @param productKey the key an on-premises benefit reveals ("" for cloud services)
 * @param activatedOn the redemption day, the activation day unless a later actual activation is
 *     recorded ({@link OfficeActivation}, R13a)
 */
public record Redemption(
        long id,
        long membershipId,
        long accountId,
        String benefitId,
        int quantity,
        long redeemedByUserId,
        Instant redeemedAt,
        String target,
        String productKey,
        LocalDate activatedOn) {

    public Redemption {
        Objects.requireNonNull(benefitId, "benefitId");
        Objects.requireNonNull(redeemedAt, "redeemedAt");
        Objects.requireNonNull(activatedOn, "activatedOn");
        target = target == null ? "" : target;
        productKey = productKey == null ? "" : productKey;
    }

    /** What lists show instead of a product key: the key itself is read only through a recorded view (R19). */
    public static final String HIDDEN_KEY = "*****-*****-*****-*****-*****";

    public Redemption withKeyHidden() {
        return productKey.isEmpty() ? this : new Redemption(id, membershipId, accountId, benefitId, quantity,
                redeemedByUserId, redeemedAt, target, HIDDEN_KEY, activatedOn);
    }

    public Redemption withId(long newId) {
        return new Redemption(newId, membershipId, accountId, benefitId, quantity, redeemedByUserId, redeemedAt,
                target, productKey, activatedOn);
    }
}
