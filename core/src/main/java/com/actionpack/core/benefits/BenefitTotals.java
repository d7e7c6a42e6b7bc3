package com.actionpack.core.benefits;

import java.util.List;

/**
 * The totals of a pack's benefits in one term (R19): how many benefits, and units used and left
 * summed over them, each benefit counted in its own units ({@link CatalogBenefit#redeemableUnits()}).
 *
 * @param benefits the benefits in the pack
 * @param inUse benefits with at least one unit used
 * @param usedUp benefits with nothing left
 * @param units units of every benefit together
 * @param used units used
 */
public record BenefitTotals(int benefits, int inUse, int usedUp, int units, int used) {

    public static BenefitTotals of(List<BenefitLine> lines) {
        int inUse = 0;
        int usedUp = 0;
        int units = 0;
        int used = 0;
        for (BenefitLine line : lines) {
            units += line.benefit().redeemableUnits();
            used += line.used();
            if (line.used() > 0) {
                inUse++;
            }
            if (line.left() <= 0) {
                usedUp++;
            }
        }
        return new BenefitTotals(lines.size(), inUse, usedUp, units, used);
    }

    /** Units not used yet. */
    public int left() {
        return units - used;
    }
}
