package com.actionpack.core.benefits;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A use of part or all of a benefit's quantity (R19): who redeemed what and when.
 *
 * @param target the tenant or user a cloud benefit was activated for ("" for on-premises)
 * @param productKey the key an on-premises benefit reveals ("" for cloud services)
 * @param activatedOn the activation day; an Office subscription runs 365 days from it (R13)
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

    /** R13: an Office subscription is valid for 365 days from its own activation. */
    public static final int OFFICE_VALIDITY_DAYS = 365;

    public Redemption {
        Objects.requireNonNull(benefitId, "benefitId");
        Objects.requireNonNull(redeemedAt, "redeemedAt");
        Objects.requireNonNull(activatedOn, "activatedOn");
        target = target == null ? "" : target;
        productKey = productKey == null ? "" : productKey;
    }

    public LocalDate officeSubscriptionEndsOn() {
        return activatedOn.plusDays(OFFICE_VALIDITY_DAYS);
    }

    public Redemption withId(long newId) {
        return new Redemption(newId, membershipId, accountId, benefitId, quantity, redeemedByUserId, redeemedAt,
                target, productKey, activatedOn);
    }
}
