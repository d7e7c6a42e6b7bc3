package com.actionpack.core.benefits;

import com.actionpack.core.common.Require;

/**
 * The command to redeem part of a benefit (R19).
 *
 * @param target the tenant or user a cloud benefit is activated for; ignored for on-premises
 */
public record RedeemBenefit(String benefitId, int quantity, String target) {

    public RedeemBenefit {
        benefitId = Require.text(benefitId, "benefit");
        Require.positive(quantity, "quantity");
        target = Require.optionalText(target);
    }
}
