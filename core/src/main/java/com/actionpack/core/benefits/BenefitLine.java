package com.actionpack.core.benefits;

/** A benefit of the chosen pack with how much of it is used and left (R19). */
public record BenefitLine(CatalogBenefit benefit, int used) {

    public int left() {
        return benefit.redeemableUnits() - used;
    }
}
