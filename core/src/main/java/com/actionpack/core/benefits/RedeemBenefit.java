package com.actionpack.core.benefits;

import com.actionpack.core.common.Require;

/**
 * The command to redeem part of a benefit (R19).
 *
 * @param target the tenant or user a cloud benefit is activated for; ignored for on-premises
 * @param membershipId the term whose benefit is redeemed: 0 for the current term, or the id of
 *     a renewed term whose benefits still run (R12a)
 */
public record RedeemBenefit(String benefitId, int quantity, String target, long membershipId) {

    /** Redeems from the current term. */
    public RedeemBenefit(String benefitId, int quantity, String target) {
        this(benefitId, quantity, target, 0);
    }

    public RedeemBenefit {
        benefitId = Require.text(benefitId, "benefit");
        Require.positive(quantity, "quantity");
        target = Require.optionalText(target);
    }
}
